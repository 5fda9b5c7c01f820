/**
 * The offline basemap as an SVG picture, in Web Mercator at zoom 0 (see domain/mapView.ts), for the
 * map's first view: the browser draws it from the prerendered page with no JavaScript, and the route
 * lines and airports go over it in the same coordinates. Leaflet draws the same land from the same
 * data once the traveller starts using the map.
 */
import type { Position } from 'geojson';
import { pathData, webMercator, type WorldPoint } from '$lib/domain/mapView';
import type { BasemapShapes, Region } from './basemap';

/** Where the picture lies in zoom-0 units: [x, y, width, height], for an SVG viewBox or an <image>. */
export function basemapBox(region: Region): [number, number, number, number] {
	const [west, south, east, north] = region;
	const [x1, y1] = webMercator([north, west]);
	const [x2, y2] = webMercator([south, east]);
	return [x1, y1, x2 - x1, y2 - y1];
}

const project = (ring: Position[]): WorldPoint[] => ring.map(([longitude, latitude]) => webMercator([latitude!, longitude!]));

/**
 * The whole SVG document. Everything in it is a constant or a number written by `pathData`, so no
 * text from the data reaches the markup. Colours follow the reader's light or dark scheme, as the
 * page's do; strokes stay thin however far the picture is scaled.
 */
export function basemapSvg(basemap: BasemapShapes, region: Region): string {
	const box = basemapBox(region).map((n) => Math.round(n * 1000) / 1000);
	// Two decimals of a zoom-0 unit are a fifth of a pixel at the zooms the first view uses.
	const land = basemap.land.coordinates.flatMap((polygon) => polygon.map((ring) => `${pathData(project(ring), 2)}Z`)).join('');
	const borders = basemap.borders.coordinates.map((line) => pathData(project(line), 2)).join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.join(' ')}" preserveAspectRatio="none">`,
		// The palette of ServicesMap.svelte's --land, --coast and --border: an image cannot read the page's CSS.
		'<style>',
		'path{vector-effect:non-scaling-stroke;stroke-width:.75px;stroke-linejoin:round}',
		'.land{fill:#f4f1ea;stroke:#b3c2cc;fill-rule:evenodd}.border{fill:none;stroke:#bdb3a2}',
		'@media (prefers-color-scheme:dark){.land{fill:#1f2a31;stroke:#3a4b56}.border{stroke:#44535d}}',
		'</style>',
		`<path class="land" d="${land}"/>`,
		`<path class="border" d="${borders}"/>`,
		'</svg>'
	].join('\n');
}
