// Writes the offline basemap: Natural Earth land and country borders (world-atlas, 1:110m) cut to the
// part of the world around the routes, with coordinates rounded to 0.01° (about 1 km, finer than
// the map ever shows at the zooms it allows). The whole world would make every phone parse and draw
// eight times as much for land it never shows.
// The region is declared in src/lib/components/map/basemap-region.json, which the app reads too.
// Usage: node scripts/make-basemap.js   → src/lib/components/map/basemap-shapes.json
import { readFileSync, writeFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';

const mapFolder = new URL('../src/lib/components/map/', import.meta.url);
/** [west, south, east, north] in degrees: Central Asia to Japan, the Arctic coast to Southeast Asia. */
const { region } = JSON.parse(readFileSync(new URL('basemap-region.json', mapFolder), 'utf8'));
const [west, south, east, north] = region;
const round = (n) => Math.round(n * 100) / 100;

const atlas = JSON.parse(readFileSync(new URL('../node_modules/world-atlas/countries-110m.json', import.meta.url), 'utf8'));
const land = feature(atlas, atlas.objects.land);
const borders = mesh(atlas, atlas.objects.countries, (a, b) => a !== b);

/** Sutherland–Hodgman against one edge of the rectangle; the rectangle is convex, so rings stay rings. */
function clipRing(ring) {
	const edges = [
		[(p) => p[0] >= west, (a, b) => [west, a[1] + ((b[1] - a[1]) * (west - a[0])) / (b[0] - a[0])]],
		[(p) => p[0] <= east, (a, b) => [east, a[1] + ((b[1] - a[1]) * (east - a[0])) / (b[0] - a[0])]],
		[(p) => p[1] >= south, (a, b) => [a[0] + ((b[0] - a[0]) * (south - a[1])) / (b[1] - a[1]), south]],
		[(p) => p[1] <= north, (a, b) => [a[0] + ((b[0] - a[0]) * (north - a[1])) / (b[1] - a[1]), north]]
	];
	let points = ring;
	for (const [inside, cross] of edges) {
		const out = [];
		for (let i = 0; i < points.length; i++) {
			const current = points[i];
			const previous = points[(i + points.length - 1) % points.length];
			if (inside(current)) {
				if (!inside(previous)) out.push(cross(previous, current));
				out.push(current);
			} else if (inside(previous)) out.push(cross(previous, current));
		}
		points = out;
		if (points.length === 0) break;
	}
	const rounded = points.map(([x, y]) => [round(x), round(y)]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
	return rounded.length >= 4 ? rounded : null;
}

const inRegion = ([x, y]) => x >= west && x <= east && y >= south && y <= north;

const polygons = [];
for (const f of land.features) {
	const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	for (const polygon of parts) {
		const [outer, ...holes] = polygon.map(clipRing);
		if (outer) polygons.push([outer, ...holes.filter(Boolean)]);
	}
}

// Border lines keep the stretches inside the region, with one point beyond at each end so they
// run to the edge instead of stopping short.
const lines = [];
for (const line of borders.coordinates) {
	let current = [];
	line.forEach((point, i) => {
		const keep = inRegion(point) || inRegion(line[i - 1] ?? point) || inRegion(line[i + 1] ?? point);
		if (keep) current.push([round(point[0]), round(point[1])]);
		else if (current.length) {
			if (current.length > 1) lines.push(current);
			current = [];
		}
	});
	if (current.length > 1) lines.push(current);
}

const basemap = {
	source: 'Natural Earth 1:110m via world-atlas 2 (countries-110m.json), cut by scripts/make-basemap.js',
	land: { type: 'MultiPolygon', coordinates: polygons },
	borders: { type: 'MultiLineString', coordinates: lines }
};
const out = new URL('basemap-shapes.json', mapFolder);
writeFileSync(out, JSON.stringify(basemap) + '\n');
console.log(`${polygons.length} land polygons, ${lines.length} border lines, ${(JSON.stringify(basemap).length / 1024).toFixed(1)} kB → ${out.pathname}`);
