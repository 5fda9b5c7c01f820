/**
 * One airline on one airport pair, both directions together: what a schedule card shows, the way an
 * airline's timetable prints a route with its outbound and return legs.
 */
import type { Service } from '$lib/data/schema';
import { directionId } from './routes';

export interface Card {
	/** The airline and the pair, airports in alphabetical order whatever the direction: `ze-ala-icn`. */
	id: string;
	airline: string;
	/** The two airports, in the order of the first service. */
	airports: [string, string];
	/** Its services, one per direction, in catalog order. */
	services: Service[];
}

/**
 * Services grouped by airline and airport pair, in the order they first appear.
 * `cardsOf(catalog.services).map((r) => r.id)` → `['kc-ala-icn', 'oz-ala-icn', 'ze-ala-icn']`
 */
export function cardsOf(services: readonly Service[]): Card[] {
	const cards = new Map<string, Card>();
	for (const service of services) {
		const [a, b] = [service.origin, service.destination].sort() as [string, string];
		const key = `${service.airline}/${a}-${b}`;
		const card = cards.get(key);
		if (card) card.services.push(service);
		else
			cards.set(key, {
				id: `${service.airline.toLowerCase()}-${directionId(a, b)}`,
				airline: service.airline,
				airports: [service.origin, service.destination],
				services: [service]
			});
	}
	return [...cards.values()];
}

type FactField = 'aircraft' | 'flightsPerWeek' | 'operatingSince' | 'validFrom';

/**
 * A fact every direction gives alike (same value, same sources), to say once on a card; null where
 * the directions differ or give none.
 * `sharedFact(eastar.services, 'aircraft')?.value` → `'Boeing 737-8'`
 */
export function sharedFact<F extends FactField>(services: readonly Service[], field: F): Service[F] | null {
	const [first, ...rest] = services.map((s) => s[field]);
	if (first === null || first === undefined || (Array.isArray(first) && first.length === 0)) return null;
	const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
	return rest.every((fact) => same(fact, first)) ? first : null;
}
