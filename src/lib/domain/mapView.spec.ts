import { describe, expect, it } from 'vitest';
import type { LatLng } from './geo';
import { fitView, pathData, pathDecimals, toFrame, webMercator, type FitOptions } from './mapView';

const options: FitOptions = {
	paddingTopLeft: [40, 12],
	paddingBottomRight: [40, 12],
	zoomSnap: 0.25,
	minZoom: 2,
	maxZoom: 8
};
const routeBox: [LatLng, LatLng] = [
	[36.5, 69.6],
	[44.4, 133.8]
];

describe('webMercator', () => {
	it('puts the equator and the prime meridian in the middle of the 256-unit world', () => {
		expect(webMercator([0, 0])).toEqual([128, 128]);
		expect(webMercator([0, -180])[0]).toBe(0);
		expect(webMercator([0, 180])[0]).toBe(256);
	});

	it('stretches latitudes as OpenStreetMap tiles do', () => {
		// Almaty airport at zoom 0, by the slippy-map formula y = (1 − asinh(tan φ) / π) / 2 · 256.
		const [x, y] = webMercator([43.35528, 77.04472]);
		expect(x).toBeCloseTo(182.787, 3);
		expect(y).toBeCloseTo(93.7206, 4);
		// The square world ends at ±85.0511°; beyond it the y stays at the edge instead of running to infinity.
		expect(webMercator([85.0511287798, 0])[1]).toBeCloseTo(0, 6);
		expect(webMercator([89.9, 0])[1]).toBeCloseTo(0, 6);
		expect(webMercator([-89.9, 0])[1]).toBeCloseTo(256, 6);
	});
});

describe('fitView', () => {
	it('picks the largest snapped zoom at which the box and its padding fit', () => {
		for (const [width, height] of [
			[360, 350],
			[412, 370],
			[768, 460],
			[1100, 405]
		] as const) {
			const view = fitView(routeBox, width, height, options);
			expect(view.zoom % 0.25).toBe(0);
			const [west, north] = webMercator([routeBox[1][0], routeBox[0][1]]);
			const [east, south] = webMercator([routeBox[0][0], routeBox[1][1]]);
			const fits = (scale: number) =>
				(east - west) * scale <= width - 80 + 1e-9 && (south - north) * scale <= height - 24 + 1e-9;
			expect(fits(view.scale), `${width}×${height}`).toBe(true);
			expect(fits(2 ** (view.zoom + 0.25)), `${width}×${height} one step closer`).toBe(false);
		}
	});

	it('shows more of the world on a wider frame, and keeps within the zoom range', () => {
		expect(fitView(routeBox, 360, 350, options).zoom).toBeLessThan(fitView(routeBox, 1100, 405, options).zoom);
		expect(fitView(routeBox, 40, 40, options).zoom).toBe(2);
		const tiny: [LatLng, LatLng] = [
			[43.3, 77.0],
			[43.31, 77.01]
		];
		expect(fitView(tiny, 1000, 1000, options).zoom).toBe(8);
	});

	it('does not drop a snap step for a fit a hair short of it, as Leaflet does not', () => {
		const [west, north] = webMercator([routeBox[1][0], routeBox[0][1]]);
		const [east] = webMercator([routeBox[0][0], routeBox[1][1]]);
		// Leaflet rounds the zoom to a hundredth of a snap step first: 0.05 % short of zoom 3 still
		// shows zoom 3, 0.5 % short drops to 2.75.
		const short = (fraction: number) => (east - west) * 8 * (1 - fraction) + 80;
		expect(fitView(routeBox, short(0.0005), 2000, options).zoom).toBe(3);
		expect(fitView(routeBox, short(0.005), 2000, options).zoom).toBe(2.75);
	});

	it('centres the box, shifted by half the difference of uneven paddings', () => {
		const even = fitView(routeBox, 412, 370, options);
		const [x1, y1] = webMercator([routeBox[1][0], routeBox[0][1]]);
		const [x2, y2] = webMercator([routeBox[0][0], routeBox[1][1]]);
		expect(even.center[0]).toBeCloseTo((x1 + x2) / 2, 9);
		expect(even.center[1]).toBeCloseTo((y1 + y2) / 2, 9);
		const uneven = fitView(routeBox, 412, 370, { ...options, paddingTopLeft: [100, 12], paddingBottomRight: [0, 12] });
		// More room on the left: the view's centre moves left, so the box moves right on screen.
		expect(uneven.center[0]).toBeLessThan(even.center[0]);
	});
});

describe('toFrame', () => {
	it('maps the view centre to the frame centre and the box inside the padding', () => {
		const view = fitView(routeBox, 412, 370, options);
		expect(toFrame(view.center, view, 412, 370)).toEqual([206, 185]);
		const [left, top] = toFrame(webMercator([routeBox[1][0], routeBox[0][1]]), view, 412, 370);
		const [right, bottom] = toFrame(webMercator([routeBox[0][0], routeBox[1][1]]), view, 412, 370);
		expect(left).toBeGreaterThanOrEqual(40 - 1e-9);
		expect(right).toBeLessThanOrEqual(412 - 40 + 1e-9);
		expect(top).toBeGreaterThanOrEqual(12 - 1e-9);
		expect(bottom).toBeLessThanOrEqual(370 - 12 + 1e-9);
	});
});

describe('pathDecimals', () => {
	it('keeps the rounding within a tenth of a pixel at the scale drawn', () => {
		for (const scale of [1, 4.76, 16, 256]) {
			const decimals = pathDecimals(scale);
			expect((0.5 / 10 ** decimals) * scale).toBeLessThanOrEqual(0.05);
			// …and no finer than that needs: one decimal fewer would not do.
			if (decimals > 0) expect((0.5 / 10 ** (decimals - 1)) * scale).toBeGreaterThan(0.05);
		}
		expect(pathDecimals(4.76)).toBe(2);
		expect(pathDecimals(16)).toBe(3);
	});
});

describe('pathData', () => {
	it('moves to the first point and steps to each next one, rounded', () => {
		expect(pathData([[1, 2], [3.14159, 4], [5.0004, 6.0006]], 3)).toBe('M1 2l2.142 2 1.858 2.001');
		expect(pathData([[1.26, 2]], 1)).toBe('M1.3 2');
		expect(pathData([], 2)).toBe('');
	});

	it('writes steps back and up with their own minus signs, and drops zeros no one needs', () => {
		expect(pathData([[10, 20], [9.5, 20.25], [9.5, 19.75], [10, 20]], 2)).toBe('M10 20l-.5 .25 0-.5 .5 .25');
		expect(pathData([[100, 50], [110, 40]], 0)).toBe('M100 50l10-10');
	});

	it('takes each step between rounded positions, so the line ends where its last point rounds to', () => {
		const points: [number, number][] = Array.from({ length: 65 }, (_, i) => [182.786 + i * 0.5554, 93.722 + Math.sin(i / 10) * 0.3]);
		const d = pathData(points, 2);
		const numbers = d.slice(1).replace('l', ' ').match(/-?(\d+)?\.?\d+/g)!.map(Number);
		let [x, y] = [numbers[0]!, numbers[1]!];
		for (let i = 2; i < numbers.length; i += 2) [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
		const last = points.at(-1)!;
		expect(x).toBeCloseTo(Math.round(last[0] * 100) / 100, 9);
		expect(y).toBeCloseTo(Math.round(last[1] * 100) / 100, 9);
	});
});
