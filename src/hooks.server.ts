import type { Handle } from '@sveltejs/kit';
import { catalog } from '$lib/data/catalog';
import { validateCatalog } from '$lib/data/validate';
import { paraglideMiddleware } from '$lib/paraglide/server';

// Prerendering loads this module first: a broken data record stops the build here, by name.
validateCatalog(catalog);

// Sets the locale from the URL for the render and writes it into <html lang>.
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});
