import basemap from '$lib/components/map/basemap-region.json';
import type { Basemap } from '$lib/components/map/basemap';
import { basemapSvg } from '$lib/components/map/basemapPicture';
import type { RequestHandler } from './$types';

// Written once at build time into build/map/basemap.svg, and precached with the pages.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(basemapSvg(basemap as unknown as Basemap), { headers: { 'content-type': 'image/svg+xml' } });
