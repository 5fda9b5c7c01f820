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
 * SVG path data through points, rounded to `decimals` (zoom-0 units: 3 decimals is finer than a
 * pixel up to zoom 8). `pathData([[1, 2], [3.14159, 4]])` → `'M1 2L3.142 4'`
 */
export function pathData(points: readonly WorldPoint[], decimals = 3): string {
	const factor = 10 ** decimals;
	const round = (n: number) => Math.round(n * factor) / factor;
	return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join('');
}
