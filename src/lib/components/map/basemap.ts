/**
 * The offline basemap: Natural Earth land and country borders from `world-atlas`, cut at build time
 * by scripts/make-basemap.js to the region declared in basemap-region.json, with the places of the
 * country names declared beside it. The shapes (basemap-shapes.json) are loaded with a dynamic
 * import, so their ~10 kB (compressed) stay out of every page's first JavaScript, and they ship
 * inside the app, so the map has a background with no network at all.
 */
import type { MultiLineString, MultiPolygon } from 'geojson';
import type { LatLng } from '$lib/domain/geo';
// Named imports, so the build keeps only these fields of the file.
import { countryNames as declaredNames, region } from './basemap-region.json';

/** [west, south, east, north] in degrees: the area the basemap covers. */
export type Region = [west: number, south: number, east: number, north: number];

export const basemapRegion = region as Region;

/** A country whose name the map writes: `id` names its message (`map_country_<id>`), `places` are best first. */
export interface CountryName {
	id: string;
	places: LatLng[];
}

export const countryNames = declaredNames as CountryName[];

export interface BasemapShapes {
	/** Every landmass in the region, as filled polygons; their outline is the coastline. */
	land: MultiPolygon;
	/** Only the borders shared by two countries, so coastlines are not drawn twice. */
	borders: MultiLineString;
}

let loading: Promise<BasemapShapes> | undefined;

/** The basemap's shapes, loaded once per page load however many maps ask for them. */
export function loadBasemap(): Promise<BasemapShapes> {
	loading ??= import('./basemap-shapes.json')
		.then((module) => module.default as unknown as BasemapShapes)
		.catch((error: unknown) => {
			// Let a later map try again, e.g. after a failed chunk load while offline without a cache.
			loading = undefined;
			throw error;
		});
	return loading;
}
