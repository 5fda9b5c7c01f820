/**
 * The map's first view as plain numbers: Web Mercator (the projection of OpenStreetMap's tiles and
 * of Leaflet's default CRS) and the zoom and centre that Leaflet's `fitBounds` picks for a box in a
 * frame of a given size. The route map's picture is drawn from these before Leaflet loads, so when
 * Leaflet takes over it starts from exactly the same view and nothing jumps.
 */
import type { LatLng } from './geo';

/** A point in Web Mercator at zoom 0: the world is 256 × 256, x east from 180° W, y south from 85.05° N. */
export type WorldPoint = [x: number, y: number];

/** Leaflet's limit: beyond it Mercator's y runs off to infinity. */
const MAX_LATITUDE = 85.0511287798;
const TILE = 256;

/** `webMercator([0, 0])` → `[128, 128]`; `webMercator([43.355, 77.045])` ≈ `[182.79, 93.72]` */
export function webMercator([latitude, longitude]: LatLng): WorldPoint {
	const φ = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)) * Math.PI) / 180;
	const x = ((longitude + 180) / 360) * TILE;
	const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / (2 * Math.PI)) * TILE;
	return [x, y];
}

export interface FitOptions {
	/** Pixels kept free at the top-left and bottom-right, as Leaflet's paddingTopLeft/paddingBottomRight. */
	paddingTopLeft: [number, number];
	paddingBottomRight: [number, number];
	/** Zoom levels are multiples of this (Leaflet's zoomSnap). */
	zoomSnap: number;
	minZoom: number;
	maxZoom: number;
}

export interface MapView {
	zoom: number;
	/** The frame's centre, at zoom 0. */
	center: WorldPoint;
	/** Screen pixels per zoom-0 unit: 2^zoom. */
	scale: number;
}

/**
 * The zoom and centre at which `bounds` ([[south, west], [north, east]]) fits a `width` × `height`
 * frame, computed as Leaflet 1.9's `fitBounds` does (log2 of the fitting scale, snapped down to
 * `zoomSnap` unless within 1 % of a level above, clamped to the zoom range).
 * `fitView([[36, 70], [45, 134]], 360, 350, options).zoom` → 2.25
 */
export function fitView(bounds: [LatLng, LatLng], width: number, height: number, options: FitOptions): MapView {
	const [[south, west], [north, east]] = bounds;
	const [nwX, nwY] = webMercator([north, west]);
	const [seX, seY] = webMercator([south, east]);
	const [tlX, tlY] = options.paddingTopLeft;
	const [brX, brY] = options.paddingBottomRight;
	const fit = Math.min((width - tlX - brX) / (seX - nwX), (height - tlY - brY) / (seY - nwY));
	let zoom = Math.log2(fit);
	if (Number.isFinite(zoom)) {
		const snap = options.zoomSnap;
		zoom = Math.round(zoom / (snap / 100)) * (snap / 100);
		zoom = Math.floor(zoom / snap) * snap;
	} else {
		zoom = options.minZoom;
	}
	zoom = Math.max(options.minZoom, Math.min(options.maxZoom, zoom));
	const scale = 2 ** zoom;
	// Leaflet shifts the centre by half the difference of the paddings, in pixels at the new zoom.
	const center: WorldPoint = [(nwX + seX) / 2 + (brX - tlX) / 2 / scale, (nwY + seY) / 2 + (brY - tlY) / 2 / scale];
	return { zoom, center, scale };
}

/** Where a zoom-0 point falls in a `width` × `height` frame showing `view`, in pixels from its top-left. */
export function toFrame([x, y]: WorldPoint, view: MapView, width: number, height: number): [number, number] {
	return [(x - view.center[0]) * view.scale + width / 2, (y - view.center[1]) * view.scale + height / 2];
}

/**
 * The fewest decimals of zoom-0 units that round a point by at most a tenth of a pixel when drawn at
 * `scale`: the picture's lines are written into every page, and digits no one can see are bytes every
 * traveller downloads. `pathDecimals(4.76)` → 2 (a phone's first view); `pathDecimals(16)` → 3
 */
export function pathDecimals(scale: number): number {
	return Math.max(0, Math.ceil(Math.log10(10 * scale)));
}

/**
 * SVG path data through points, rounded to `decimals`: a move to the first point, then each next
 * point as a step from the one before. Steps along a smooth line are short and alike, so they take
 * fewer characters than positions and compress far better. Each step is taken between rounded
 * positions, so rounding never adds up along the line.
 * `pathData([[1, 2], [3.14159, 4], [5.0004, 6.0006]], 3)` → `'M1 2l2.142 2 1.858 2.001'`
 */
export function pathData(points: readonly WorldPoint[], decimals: number): string {
	const factor = 10 ** decimals;
	const rounded = points.map(([x, y]) => [Math.round(x * factor), Math.round(y * factor)] as const);
	// Whole numbers of 1/factor, written without trailing zeros or a leading one: 0.50 as .5, -0.5 as -.5.
	const text = (n: number) => {
		const fixed = (n / factor).toFixed(decimals);
		return (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed).replace(/^(-?)0\./, '$1.');
	};
	return rounded
		.map(([x, y], i) => {
			if (i === 0) return `M${text(x)} ${text(y)}`;
			const [dx, dy] = [text(x - rounded[i - 1]![0]), text(y - rounded[i - 1]![1])];
			// A minus sign separates numbers by itself; otherwise a space does.
			return `${i === 1 ? 'l' : dx.startsWith('-') ? '' : ' '}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
		})
		.join('');
}
