import { catalog } from '$lib/data/catalog';
import { error } from '@sveltejs/kit';
import { ownWords, pageWithOwnWords } from '$lib/pageWords';
import type { EntryGenerator, PageLoad } from './$types';

// The messages the airport pages alone say, in each language (src/lib/pageOwnWords.ts).
const airportWords = ownWords('airport', {
	en: () => import('$lib/paraglide/messages/en.js?page=airport'),
	ru: () => import('$lib/paraglide/messages/ru.js?page=airport'),
	kk: () => import('$lib/paraglide/messages/kk.js?page=airport'),
	ko: () => import('$lib/paraglide/messages/ko.js?page=airport')
});

export const entries: EntryGenerator = () => catalog.airports.map((a) => ({ airport: a.iata.toLowerCase() }));

export const load: PageLoad = async ({ params, url }) => {
	const airport = catalog.airports.find((a) => a.iata.toLowerCase() === params.airport.toLowerCase());
	if (!airport) error(404, 'Not found');
	await pageWithOwnWords(airportWords, url);
	return { airport };
};
