/**
 * What the sources page says of one source: the facts it backs, one line per airline and route,
 * the airports it gives reference data for, and how far its facts are trusted.
 */
import type { PageCatalog, Confidence } from '$lib/data/schema';
import { citedFieldsByLine, factsCiting, type CitedLine } from './provenance';
import { routesOf } from './routes';

type AirportField = 'position' | 'utcOffsets';

export interface SourceUses {
	/** Facts about flights, each route's airports in the order the app names the route (Busan–Almaty). */
	lines: CitedLine[];
	/** Reference data: each field with the airports the source gives it for. */
	airports: { field: AirportField; airports: string[] }[];
	/** Each confidence its facts carry, once, in the order first cited; null for reference data, which has none. */
	confidences: (Confidence | null)[];
}

const isAirportField = (field: string): field is AirportField => field === 'position' || field === 'utcOffsets';

/** `sourceUses(catalog, 'ourairports').airports` → `[{ field: 'position', airports: ['ALA', 'ICN', …] }]` */
export function sourceUses(catalog: PageCatalog, sourceId: string): SourceUses {
	const cited = factsCiting(catalog, sourceId);
	const routes = routesOf(catalog.services);
	const asNamed = (pair: [string, string]) => (routes.find((r) => pair.every((code) => r.airports.includes(code)))?.airports ?? pair) as [string, string];
	const airports = new Map<AirportField, string[]>();
	for (const c of cited) if (isAirportField(c.field)) airports.set(c.field, [...(airports.get(c.field) ?? []), c.record]);
	return {
		lines: citedFieldsByLine(cited.filter((c) => !isAirportField(c.field))).map((line) => ({ ...line, route: line.route && asNamed(line.route) })),
		airports: [...airports].map(([field, codes]) => ({ field, airports: codes })),
		confidences: [...new Set(cited.map((c) => c.confidence))]
	};
}
