import { catalog } from '$lib/data/catalog';
import { directionsOf, findDirection } from '$lib/domain/routes';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => directionsOf(catalog.services).map((d) => ({ direction: d.id }));

export const load: PageLoad = ({ params }) => {
	const direction = findDirection(catalog.services, params.direction);
	if (!direction) error(404, 'Not found');
	return { direction };
};
