import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basemapRules, CODE_BOX, DARK, HIT_CLASS, LIGHT, mapStyleCss } from './mapStyle';

// The map's drawing is written once, in mapStyle.ts: every other file that draws the map reads it
// from there. These read the sources and fail when a colour or a size is written down a second time.

const here = 'src/lib/components/map';
const sources = [
	...readdirSync(here)
		.filter((file) => /\.(ts|svelte|css)$/.test(file) && !file.endsWith('.spec.ts') && file !== 'mapStyle.ts')
		.map((file) => join(here, file)),
	'src/lib/domain/mapLabels.ts',
	'src/lib/domain/mapView.ts',
	'src/routes/map/basemap.svg/+server.ts'
];
const read = (file: string) => readFileSync(file, 'utf8');

describe('the map style has one home', () => {
	it('reads the sources it checks', () => {
		expect(sources).toContain('src/lib/components/map/ServicesMap.svelte');
		expect(sources).toContain('src/lib/components/map/leafletMap.ts');
	});

	it('writes no palette colour anywhere else', () => {
		const colours = [...new Set([...Object.values(LIGHT), ...Object.values(DARK)])];
		const found = sources.flatMap((file) => colours.filter((colour) => read(file).toLowerCase().includes(colour)).map((colour) => `${file}: ${colour}`));
		expect(found).toEqual([]);
	});

	it('writes no drawing size anywhere else', () => {
		// A stroke, radius, weight or box size given as a number where mapStyle.ts has a name for it.
		const patterns = [
			/stroke-width:\s*[\d.]+px/,
			/(?<![-\w])(weight|radius):\s*[\d.]+/,
			/\br="\d/,
			/<rect[^>]*width="\d/,
			/font-size:\s*\d+px/,
			/offset:\s*\[\s*-?\d+\s*,\s*-?\d+\s*\]/,
			new RegExp(`\\b${CODE_BOX.width}\\s*[×x,]\\s*${CODE_BOX.height}\\b`)
		];
		const found = sources.flatMap((file) =>
			read(file)
				.split('\n')
				.filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*') && patterns.some((p) => p.test(line)))
				.map((line) => `${file}: ${line.trim()}`)
		);
		expect(found).toEqual([]);
	});

	it('names the invisible hit line once (a stylesheet selects it by that name)', () => {
		const found = sources.filter((file) => /['"](line-)?hit['"]|class="hit"|\.hit\s*\{/.test(read(file)));
		expect(found).toEqual([]);
		// The class the picture and Leaflet give it is the one a stylesheet selects.
		expect(sources.filter((file) => read(file).includes(`.${HIT_CLASS} {`))).not.toEqual([]);
	});
});

describe('mapStyleCss', () => {
	it('sets the palette and the sizes on the map, light and dark', () => {
		const css = mapStyleCss();
		expect(css).toMatch(/^\.services-map\{--sea:#[0-9a-f]{6};/);
		expect(css).toContain('--line-weight:3px;');
		expect(css).toContain('--hit-width:16px;');
		expect(css).toContain(`@media (prefers-color-scheme:dark){.services-map{--sea:${DARK.sea};`);
		expect(css).not.toMatch(/undefined|NaN/);
	});

	it('draws the page\'s basemap paths with the palette\'s properties, as the basemap file draws its own with the colours', () => {
		expect(mapStyleCss()).toContain('.services-map .basemap .land{fill:var(--land);stroke:var(--coast)}');
		expect(basemapRules('', LIGHT)).toContain(`.land{fill:${LIGHT.land};stroke:${LIGHT.coast}}`);
		expect(basemapRules('', DARK, false)).not.toContain('vector-effect');
	});
});
