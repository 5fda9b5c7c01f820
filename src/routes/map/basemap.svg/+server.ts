import shapes from '$lib/components/map/basemap-shapes.json';
import { basemapRegion, type BasemapShapes } from '$lib/components/map/basemap';
import { basemapSvg } from '$lib/components/map/basemapPicture';
import type { RequestHandler } from './$types';

// Written once at build time into build/map/basemap.svg, and precached with the pages.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(basemapSvg(shapes as unknown as BasemapShapes, basemapRegion), { headers: { 'content-type': 'image/svg+xml' } });
