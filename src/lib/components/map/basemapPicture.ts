/**
 * The offline basemap as an SVG picture, in Web Mercator at zoom 0 (see domain/mapView.ts), for the
 * map's first view: the browser draws it from the prerendered page with no JavaScript, and the route
 * lines and airports go over it in the same coordinates. Leaflet draws the same land from the same
 * data once the traveller starts using the map.
 */
import type { Position } from 'geojson';
import { webMercator, type WorldPoint } from '$lib/domain/mapView';
import type { BasemapShapes, Region } from './basemap';
import { basemapRules, DARK, LIGHT } from './mapStyle';

/** Where the picture lies in zoom-0 units: [x, y, width, height], for an SVG viewBox or an <image>. */
export function basemapBox(region: Region): [number, number, number, number] {
	const [west, south, east, north] = region;
	const [x1, y1] = webMercator([north, west]);
	const [x2, y2] = webMercator([south, east]);
	return [x1, y1, x2 - x1, y2 - y1];
}

const project = (ring: Position[]): WorldPoint[] => ring.map(([longitude, latitude]) => webMercator([latitude!, longitude!]));

/**
 * The picture's unit: a fortieth of a zoom-0 unit, under half a pixel at the zooms the first view
 * uses (0.2 px at zoom 3, a phone's; 0.4 px at zoom 4). Its coordinates are whole numbers of it,
 * each written as a step from the point before, which keeps the path data less than half as long as
 * absolute decimals (11 kB, not 27). A hundredth made the prerendered page 0.6 kB larger as sent
 * (brotli) with no difference to be seen.
 */
export const BASEMAP_UNIT = 1 / 40;

/**
 * A ring or line as compact SVG path data in whole BASEMAP_UNITs: an absolute move, then relative
 * steps, a point that rounds onto the one before left out, and `z` to close a ring.
 * `compactPathData([[1, 2], [1.5, 2], [1.5, 1.75]], true)` → `'M40 80l20 0 0-10z'`
 */
export function compactPathData(points: readonly WorldPoint[], closed: boolean): string {
	let path = '';
	let previous: [number, number] | undefined;
	for (const point of points) {
		const [x, y] = point.map((n) => Math.round(n / BASEMAP_UNIT)) as [number, number];
		if (!previous) path = `M${x} ${y}l`;
		else if (x !== previous[0] || y !== previous[1]) {
			// A minus sign parts two numbers as well as a space does.
			const step = (n: number, first: boolean) => (first || n < 0 ? '' : ' ') + n;
			path += step(x - previous[0], path.endsWith('l')) + step(y - previous[1], false);
		} else continue;
		previous = [x, y];
	}
	return path.replace(/l$/, '') + (closed && path ? 'z' : '');
}

/** The picture's viewBox: `basemapBox` in BASEMAP_UNITs, `'5973.333 1815.543 3982.222 3162.054'`. */
export function basemapViewBox(region: Region): string {
	return basemapBox(region)
		.map((n) => Math.round((n / BASEMAP_UNIT) * 1000) / 1000)
		.join(' ');
}

/** The picture's viewBox, and its land and borders as path data. */
export function basemapPaths(basemap: BasemapShapes, region: Region): { viewBox: string; land: string; borders: string } {
	const viewBox = basemapViewBox(region);
	const land = basemap.land.coordinates.flatMap((polygon) => polygon.map((ring) => compactPathData(project(ring), true))).join('');
	const borders = basemap.borders.coordinates.map((line) => compactPathData(project(line), false)).join('');
	return { viewBox, land, borders };
}

/**
 * The land and the borders as the two SVG paths the picture draws. Everything in them is a
 * constant or a number written by `compactPathData`, so no text from the data reaches the markup.
 */
export function basemapPathMarkup({ land, borders }: { land: string; borders: string }): string {
	return `<path class="land" d="${land}"/><path class="border" d="${borders}"/>`;
}

/**
 * The whole SVG document (/map/basemap.svg), which the picture shows when it is drawn in the browser
 * rather than prerendered. Colours follow the reader's light or dark scheme, as the page's do;
 * strokes stay thin however far the picture is scaled.
 */
export function basemapSvg(basemap: BasemapShapes, region: Region): string {
	const paths = basemapPaths(basemap, region);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${paths.viewBox}" preserveAspectRatio="none">`,
		// The map's palette (mapStyle.ts) written in: an image cannot read the page's CSS.
		'<style>',
		basemapRules('', LIGHT),
		`@media (prefers-color-scheme:dark){${basemapRules('', DARK, false)}}`,
		'</style>',
		basemapPathMarkup(paths),
		'</svg>'
	].join('\n');
}
