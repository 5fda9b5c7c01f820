import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { withoutBase } from '$lib/basePath';
import shapes from '$lib/components/map/basemap-shapes.json';
import { basemapRegion, type BasemapShapes } from '$lib/components/map/basemap';
import { basemapPathMarkup, basemapPaths } from '$lib/components/map/basemapPicture';
import { catalog } from '$lib/data/catalog';
import { officialSnapshots } from '$lib/data/officialSchedules';
import { validateCatalog, validateOfficialSnapshots } from '$lib/data/validate';
import { paraglideMiddleware } from '$lib/paraglide/server';

// Prerendering loads this module first: a broken data record, or a snapshot that is not in the
// shape the import writes, stops the build here, by name.
validateOfficialSnapshots(officialSnapshots);
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

/**
 * Each language installs as its own app, named in that language and starting at its home
 * (static/manifest.webmanifest for English, static/ru/manifest.webmanifest, …). The link is written
 * into the page's HTML here rather than by a component, so hydration never replaces it: a browser
 * checking installability would take a new link for a moved manifest. Changing language reloads
 * the page, so the link is always the page's own.
 */
const manifestFor = (locale: string) => `${base}/${locale === 'en' ? '' : `${locale}/`}manifest.webmanifest`;

/**
 * The map picture's land and borders (MapPreview.svelte), written into the prerendered page where
 * the picture leaves them room (`<svg data-basemap>`): the map is drawn in the page's first frame,
 * with no image to wait for on a slow network, and its 12 kB of path data never enter the
 * JavaScript. Hydration leaves the element's contents alone, as it has none in the component.
 */
const basemap = basemapPathMarkup(basemapPaths(shapes as unknown as BasemapShapes, basemapRegion));
const withBasemap = (html: string) => html.replace(/(<svg\b[^>]*\bdata-basemap\b[^>]*>)(<\/svg>)/g, (_, open: string, close: string) => open + basemap + close);

// Sets the locale from the URL for the render and writes it into <html lang>. The original event
// is resolved: Kit routes it by its own URL (through reroute), base path and all, and nothing reads
// the de-localized copy of the request Paraglide hands back.
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(
		event.request,
		({ locale }) =>
			resolve(event, {
				transformPageChunk: ({ html }) =>
					withBasemap(html.replace('%paraglide.lang%', locale).replace('%nonstop.manifest%', manifestFor(locale)))
			}),
		{ effectiveRequestUrl: inSiteUrl }
	);
