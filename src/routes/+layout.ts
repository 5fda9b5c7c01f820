import { loadDateLocale } from '$lib/domain/dateLocale';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutLoad } from './$types';

// Every page is prerendered: the schedules are readable with no JavaScript and no server.
export const prerender = true;

// The page's date-fns locale arrives before the first render, so dates format synchronously and
// hydration matches the prerendered HTML.
export const load: LayoutLoad = async () => {
	await loadDateLocale(getLocale());
	return {};
};
