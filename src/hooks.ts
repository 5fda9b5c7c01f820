import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /ru/about, /kk/about and /ko/about are all served by the one /about route.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
