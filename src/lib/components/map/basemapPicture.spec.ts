import { describe, expect, it } from 'vitest';
import { webMercator } from '$lib/domain/mapView';
import { basemapRegion, countryNames, type BasemapShapes } from './basemap';
import shapesFile from './basemap-shapes.json';
import { BASEMAP_UNIT, basemapBox, basemapPathMarkup, basemapPaths, basemapSvg, basemapViewBox, compactPathData } from './basemapPicture';
import en from '../../../../messages/map/en.json';

const shapes = shapesFile as unknown as BasemapShapes;
const [west, south, east, north] = basemapRegion;
const inRegion = ([lng, lat]: number[]) => lng! >= west && lng! <= east && lat! >= south && lat! <= north;

describe('the basemap', () => {
	it('has its land cut to the declared region, and its borders at most one point beyond it', () => {
		// Cut to the region, not short of it: the land reaches each of its four edges.
		const land = shapes.land.coordinates.flat(2);
		const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
		expect([west, east].map((edge) => land.some(([lng]) => near(lng!, edge)))).toEqual([true, true]);
		expect([south, north].map((edge) => land.some(([, lat]) => near(lat!, edge)))).toEqual([true, true]);
		for (const polygon of shapes.land.coordinates) for (const ring of polygon) expect(ring.every(inRegion)).toBe(true);
		for (const line of shapes.borders.coordinates) {
			expect(line.every((point, i) => [line[i - 1], point, line[i + 1]].some((p) => p && inRegion(p)))).toBe(true);
		}
	});

	it('places every country name inside the region, and has a message for each', () => {
		expect(countryNames.map((c) => c.id)).toEqual(['kz', 'kr', 'cn', 'mn', 'jp', 'kg', 'kp', 'uz', 'ru']);
		for (const { id, places } of countryNames) {
			expect(places.length).toBeGreaterThan(0);
			for (const [lat, lng] of places) expect(inRegion([lng, lat]), id).toBe(true);
			expect(en).toHaveProperty(`map_country_${id}`);
		}
	});
});

describe('the basemap picture', () => {
	it('covers the region the basemap was cut to', () => {
		const [x, y, width, height] = basemapBox(basemapRegion);
		expect([x, y]).toEqual(webMercator([75, 30]));
		const [right, bottom] = webMercator([5, 170]);
		expect(x + width).toBeCloseTo(right, 9);
		expect(y + height).toBeCloseTo(bottom, 9);
	});

	it('has its viewBox in the picture\'s whole units', () => {
		const [x, y, width, height] = basemapViewBox(basemapRegion).split(' ').map(Number);
		basemapBox(basemapRegion).forEach((n, i) => expect([x, y, width, height][i]! * BASEMAP_UNIT).toBeCloseTo(n, 4));
	});

	it('writes a ring as one move and relative steps in whole units, dropping points that round onto the one before', () => {
		expect(compactPathData([[1, 2], [1.5, 2], [1.5, 1.75]], true)).toBe('M40 80l20 0 0-10z');
		expect(compactPathData([[1, 2], [1.001, 2.002], [0.5, 2.25]], false)).toBe('M40 80l-20 10');
		expect(compactPathData([[-1.234, 0]], false)).toBe('M-49 0');
		expect(compactPathData([], true)).toBe('');
		// Steps add up to the rounded points: no error builds up along a long coast.
		const coast = Array.from({ length: 500 }, (_, i) => [i * 0.0137, Math.sin(i) * 0.3 + 2] as [number, number]);
		const [move, ...steps] = compactPathData(coast, false).slice(1).split('l');
		const numbers = (move + ' ' + steps.join(' ')).match(/-?\d+/g)!.map(Number);
		let [x, y] = [0, 0];
		for (let i = 0; i < numbers.length; i += 2) [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
		expect([x, y]).toEqual([Math.round((499 * 0.0137) / BASEMAP_UNIT), Math.round((Math.sin(499) * 0.3 + 2) / BASEMAP_UNIT)]);
	});

	it('is the land and the borders as two paths of nothing but numbers from the data', () => {
		const paths = basemapPaths(shapes, basemapRegion);
		// Every ring of the land is closed, one per ring in the data.
		const rings = shapes.land.coordinates.reduce((count, polygon) => count + polygon.length, 0);
		expect(paths.land.match(/z/g)).toHaveLength(rings);
		expect(paths.land).toMatch(/^(M-?\d+ -?\d+(l-?\d+([ -]\d+)*)?z)+$/);
		expect(paths.borders.match(/M/g)).toHaveLength(shapes.borders.coordinates.length);
		expect(paths.borders).toMatch(/^(M-?\d+ -?\d+(l-?\d+([ -]\d+)*)?)+$/);
		const markup = basemapPathMarkup(paths);
		expect(markup.match(/<path /g)).toHaveLength(2);
		expect(markup).toMatch(/^<path class="land" d="[^"<>]+"\/><path class="border" d="[^"<>]+"\/>$/);
	});

	it('is also one SVG document, which follows the reader\'s dark scheme as the page does', () => {
		const svg = basemapSvg(shapes, basemapRegion);
		expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${basemapViewBox(basemapRegion)}" `)).toBe(true);
		expect(svg).toContain(basemapPathMarkup(basemapPaths(shapes, basemapRegion)));
		expect(svg).toContain('@media (prefers-color-scheme:dark)');
	});
});
