import type { Handle } from '@sveltejs/kit';
import { withoutBase } from '$lib/basePath';
import { catalog } from '$lib/data/catalog';
import { validateCatalog } from '$lib/data/validate';
import { paraglideMiddleware } from '$lib/paraglide/server';

// Prerendering loads this module first: a broken data record stops the build here, by name.
validateCatalog(catalog);

/**
 * The request's URL as Paraglide must see it: without the base path, whose first segment its
 * default URL pattern would otherwise take for the language (see $lib/basePath). Given as the
 * middleware's `effectiveRequestUrl` option, made for URLs that differ from the request's, rather
 * than as a copied Request.
 */
function inSiteUrl(request: Request): URL {
	const url = new URL(request.url);
	url.pathname = withoutBase(url.pathname) ?? url.pathname;
	return url;
}

// Sets the locale from the URL for the render and writes it into <html lang>. The original event
// is resolved: Kit routes it by its own URL (through reroute), base path and all, and nothing reads
// the de-localized copy of the request Paraglide hands back.
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(
		event.request,
		({ locale }) => resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale) }),
		{ effectiveRequestUrl: inSiteUrl }
	);
