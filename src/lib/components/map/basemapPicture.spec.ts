import { describe, expect, it } from 'vitest';
import { webMercator } from '$lib/domain/mapView';
import { basemapRegion, countryNames, type BasemapShapes } from './basemap';
import shapesFile from './basemap-shapes.json';
import { basemapBox, basemapSvg } from './basemapPicture';
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

	it('is one SVG document with the land and the borders, and nothing but numbers from the data', () => {
		const svg = basemapSvg(shapes, basemapRegion);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="149.333 ')).toBe(true);
		expect(svg.match(/<path /g)).toHaveLength(2);
		const land = /class="land" d="([^"]*)"/.exec(svg)![1]!;
		expect(land).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z/);
		// Every ring of the land is closed, one per ring in the data.
		const rings = shapes.land.coordinates.reduce((count, polygon) => count + polygon.length, 0);
		expect(land.match(/Z/g)).toHaveLength(rings);
		expect(land).toMatch(/^[MLZ\d. ]+$/);
		expect(/class="border" d="([^"]*)"/.exec(svg)![1]).toMatch(/^[ML\d. ]+$/);
		// The picture follows the reader's dark scheme, as the page does.
		expect(svg).toContain('@media (prefers-color-scheme:dark)');
	});
});
