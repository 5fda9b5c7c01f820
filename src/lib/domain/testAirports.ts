/** The catalog's airports and services, for the domain tests. */
import { catalog } from '$lib/data/catalog';
import { airport } from '$lib/data/lookup';
import type { Service } from '$lib/data/schema';

export { airport };
export const almaty = airport('ALA');
export const incheon = airport('ICN');
export const service = (id: string): Service => {
	const found = catalog.services.find((s) => s.id === id);
	if (!found) throw new Error(`no service ${id}`);
	return found;
};
