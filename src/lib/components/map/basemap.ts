/**
 * The offline basemap: Natural Earth land and country borders from `world-atlas`, turned into GeoJSON
 * for Leaflet. Loaded with a dynamic import so its ~40 kB (gzip) stays out of every page's first
 * JavaScript, and it ships inside the app, so the map has a background with no network at all.
 */
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Basemap {
	/** Every landmass, as filled polygons; their outline is the coastline. */
	land: Feature | FeatureCollection;
	/** Only the borders shared by two countries, so coastlines are not drawn twice. */
	borders: MultiLineString;
}

type WorldAtlas = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** The 1:110m scale: at the zooms that fit Almaty–Seoul on a screen, 1:50m looks no better and weighs 4–6× more. */
async function convert(): Promise<Basemap> {
	const [{ feature, mesh }, atlas] = await Promise.all([
		import('topojson-client'),
		import('world-atlas/countries-110m.json')
	]);
	const world = atlas.default as unknown as WorldAtlas;
	return {
		land: feature(world, world.objects.land),
		borders: mesh(world, world.objects.countries, (a, b) => a !== b)
	};
}

let loading: Promise<Basemap> | undefined;

/** The basemap, converted once per page load however many maps ask for it. */
export function loadBasemap(): Promise<Basemap> {
	loading ??= convert().catch((error: unknown) => {
		// Let a later map try again, e.g. after a failed chunk load while offline without a cache.
		loading = undefined;
		throw error;
	});
	return loading;
}
