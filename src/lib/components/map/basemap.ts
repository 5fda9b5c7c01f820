/**
 * The offline basemap: Natural Earth land and country borders from `world-atlas`, cut at build time
 * to the region around the routes by scripts/make-basemap.js (basemap-region.json). It is loaded with
 * a dynamic import, so its ~10 kB (compressed) stays out of every page's first JavaScript, and it
 * ships inside the app, so the map has a background with no network at all.
 */
import type { MultiLineString, MultiPolygon } from 'geojson';

export interface Basemap {
	/** [west, south, east, north] in degrees: the area the basemap covers. */
	region: [number, number, number, number];
	/** Every landmass in the region, as filled polygons; their outline is the coastline. */
	land: MultiPolygon;
	/** Only the borders shared by two countries, so coastlines are not drawn twice. */
	borders: MultiLineString;
}

/**
 * The region scripts/make-basemap.js cuts (its REGION; basemap.spec.ts checks they agree), here as
 * well so the first-view picture can place the basemap without loading it.
 */
export const basemapRegion: Basemap['region'] = [30, 5, 170, 75];

let loading: Promise<Basemap> | undefined;

/** The basemap, loaded once per page load however many maps ask for it. */
export function loadBasemap(): Promise<Basemap> {
	loading ??= import('./basemap-region.json')
		.then((module) => module.default as unknown as Basemap)
		.catch((error: unknown) => {
			// Let a later map try again, e.g. after a failed chunk load while offline without a cache.
			loading = undefined;
			throw error;
		});
	return loading;
}
