import { catalog } from '$lib/data/catalog';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => catalog.airlines.map((a) => ({ airline: a.iata.toLowerCase() }));

export const load: PageLoad = ({ params }) => {
	const airline = catalog.airlines.find((a) => a.iata.toLowerCase() === params.airline.toLowerCase());
	if (!airline) error(404, 'Not found');
	return { airline };
};
