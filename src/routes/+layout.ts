import { browser } from '$app/environment';
import { loadDateLocale } from '$lib/domain/dateLocale';
import { loadWords } from '$lib/pageWords';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutLoad } from './$types';

// Every page is prerendered: the schedules are readable with no JavaScript and no server.
export const prerender = true;

// The page's words and date-fns locale, one file, arrive before the first render, so messages and
// dates format synchronously and hydration matches the prerendered HTML. When that file cannot load
// (the connection dropped before anything was cached), the page stays as it was served: every fact
// is in its HTML, its links work as plain links (SvelteKit's router starts only after hydration),
// and the parts that need the page's script say so there. Hydrating without its words would throw,
// and SvelteKit would put its bare "Internal Error" in the page's place.
export const load: LayoutLoad = async () => {
	const locale = getLocale();
	try {
		await Promise.all([loadWords(locale), loadDateLocale(locale)]);
	} catch (error) {
		if (!browser) throw error;
		console.error(`The page's words (${locale}) could not load, so the page stays as it was served:`, error);
		return new Promise<never>(() => {});
	}
	return {};
};
