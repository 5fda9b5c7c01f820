import { describe, expect, it } from 'vitest';
import { webMercator } from '$lib/domain/mapView';
import { basemapRegion, type Basemap } from './basemap';
import region from './basemap-region.json';
import { basemapBox, basemapSvg } from './basemapPicture';

const basemap = region as unknown as Basemap;

describe('the basemap picture', () => {
	it('covers the region the basemap file was cut to', () => {
		expect(basemap.region).toEqual(basemapRegion);
		const [x, y, width, height] = basemapBox(basemapRegion);
		expect([x, y]).toEqual(webMercator([75, 30]));
		const [east, south] = webMercator([5, 170]);
		expect(x + width).toBeCloseTo(east, 9);
		expect(y + height).toBeCloseTo(south, 9);
	});

	it('is one SVG document with the land and the borders, and nothing but numbers from the data', () => {
		const svg = basemapSvg(basemap);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="149.333 ')).toBe(true);
		expect(svg.match(/<path /g)).toHaveLength(2);
		const land = /class="land" d="([^"]*)"/.exec(svg)![1]!;
		expect(land).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z/);
		// Every ring of the land is closed, one per ring in the data.
		const rings = basemap.land.coordinates.reduce((count, polygon) => count + polygon.length, 0);
		expect(land.match(/Z/g)).toHaveLength(rings);
		expect(land).toMatch(/^[MLZ\d. ]+$/);
		expect(/class="border" d="([^"]*)"/.exec(svg)![1]).toMatch(/^[ML\d. ]+$/);
		// The picture follows the reader's dark scheme, as the page does.
		expect(svg).toContain('@media (prefers-color-scheme:dark)');
	});
});
