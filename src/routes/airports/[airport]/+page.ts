import { catalog } from '$lib/data/catalog';
import { error } from '@sveltejs/kit';
import { pageWithOwnWords } from '$lib/pageWords';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => catalog.airports.map((a) => ({ airport: a.iata.toLowerCase() }));

export const load: PageLoad = async ({ params, url }) => {
	const airport = catalog.airports.find((a) => a.iata.toLowerCase() === params.airport.toLowerCase());
	if (!airport) error(404, 'Not found');
	await pageWithOwnWords('airport', url);
	return { airport };
};
