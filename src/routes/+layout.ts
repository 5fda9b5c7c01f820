import { loadDateLocale } from '$lib/domain/dateLocale';
import { loadWords } from '$lib/pageWords';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutLoad } from './$types';

// Every page is prerendered: the schedules are readable with no JavaScript and no server.
export const prerender = true;

// The page's words and date-fns locale, one file, arrive before the first render, so messages and
// dates format synchronously and hydration matches the prerendered HTML.
export const load: LayoutLoad = async () => {
	const locale = getLocale();
	await Promise.all([loadWords(locale), loadDateLocale(locale)]);
	return {};
};
