/**
 * The offline basemap as an SVG picture, in Web Mercator at zoom 0 (see domain/mapView.ts), for the
 * map's first view: the browser draws it from the prerendered page with no JavaScript, and the route
 * lines and airports go over it in the same coordinates. Leaflet draws the same land from the same
 * data once the traveller starts using the map.
 */
import type { Position } from 'geojson';
import { pathData, webMercator, type WorldPoint } from '$lib/domain/mapView';
import type { BasemapShapes, Region } from './basemap';
import { BASEMAP_WEIGHT, DARK, LIGHT, type MapPalette } from './mapStyle';

/** Where the picture lies in zoom-0 units: [x, y, width, height], for an SVG viewBox or an <image>. */
export function basemapBox(region: Region): [number, number, number, number] {
	const [west, south, east, north] = region;
	const [x1, y1] = webMercator([north, west]);
	const [x2, y2] = webMercator([south, east]);
	return [x1, y1, x2 - x1, y2 - y1];
}

const project = (ring: Position[]): WorldPoint[] => ring.map(([longitude, latitude]) => webMercator([latitude!, longitude!]));

/** The land's and coast's colours; the fill rule once, with the light scheme's. */
const landRules = ({ land, coast }: MapPalette, first = true) => `.land{fill:${land};stroke:${coast}${first ? ';fill-rule:evenodd' : ''}}`;

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
		// The map's palette (mapStyle.ts) written in: an image cannot read the page's CSS.
		'<style>',
		`path{vector-effect:non-scaling-stroke;stroke-width:${String(BASEMAP_WEIGHT).replace(/^0\./, '.')}px;stroke-linejoin:round}`,
		`${landRules(LIGHT)}.border{fill:none;stroke:${LIGHT.border}}`,
		`@media (prefers-color-scheme:dark){${landRules(DARK, false)}.border{stroke:${DARK.border}}}`,
		'</style>',
		`<path class="land" d="${land}"/>`,
		`<path class="border" d="${borders}"/>`,
		'</svg>'
	].join('\n');
}
