import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { withoutBase } from '$lib/basePath';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /ru/about, /kk/about and /ko/about are all served by the one /about route. Paraglide sees the
// path inside the site (its default pattern would take a base path's first segment for the
// language) and Kit gets the base back, since it strips the base from what reroute returns.
export const reroute: Reroute = ({ url }) => {
	const path = withoutBase(url.pathname);
	// Outside the base there is no page of ours: Kit answers 404 for the path as it came.
	if (path === undefined) return;
	// Kit passes a copy of the URL, free to change.
	url.pathname = path;
	return base + deLocalizeUrl(url).pathname;
};
