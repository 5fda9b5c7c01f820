/** The catalog's airports by code, for the domain tests. */
import { catalog } from '$lib/data/catalog';
import type { Airport, Service } from '$lib/data/schema';

export const airports = new Map<string, Airport>(catalog.airports.map((a) => [a.iata, a]));
export const almaty = airports.get('ALA')!;
export const incheon = airports.get('ICN')!;
export const service = (id: string): Service => {
	const found = catalog.services.find((s) => s.id === id);
	if (!found) throw new Error(`no service ${id}`);
	return found;
};
