/** Which facts each source backs, so the sources page can say what every source is relied on for. */
import type { PageCatalog, Confidence } from '$lib/data/schema';

export type FactField =
	| 'operates'
	| 'flightNumber'
	| 'daysOfOperation'
	| 'times'
	| 'aircraft'
	| 'validFrom'
	| 'validTo'
	| 'operatingSince'
	| 'flightsPerWeek'
	| 'weekly-flights'
	| 'passengers-per-year'
	| 'notice'
	| 'position'
	| 'utcOffsets';

export interface CitedFact {
	/** The service id, the route fact id, or the airport code. */
	record: string;
	airline: string | null;
	/** The route a service flies or a figure counts, airports in alphabetical order; null for every route between the countries, or an airport. */
	route: [string, string] | null;
	field: FactField;
	/** Null for reference data (an airport's position, its UTC offsets), which carries no confidence of its own. */
	confidence: Confidence | null;
}

const serviceFields = ['operates', 'flightNumber', 'daysOfOperation', 'times', 'aircraft', 'validFrom', 'validTo', 'operatingSince'] as const;

/**
 * The facts that cite a source, one per record and field.
 * `factsCiting(catalog, 'donga')` → `[{ record: 'oz-ala-icn', field: 'flightNumber', … }, { record: 'oz-icn-ala', … }]`
 */
export function factsCiting(catalog: PageCatalog, sourceId: string): CitedFact[] {
	const cited: CitedFact[] = [];
	for (const service of catalog.services) {
		for (const field of serviceFields) {
			const fact = service[field];
			if (fact?.sources.includes(sourceId)) cited.push({ record: service.id, airline: service.airline, route: routeOf(service), field, confidence: fact.confidence });
		}
		const weekly = service.flightsPerWeek.find((f) => f.sources.includes(sourceId));
		if (weekly) cited.push({ record: service.id, airline: service.airline, route: routeOf(service), field: 'flightsPerWeek', confidence: weekly.confidence });
	}
	for (const notice of catalog.notices) {
		if (!notice.sources.includes(sourceId)) continue;
		// A notice about some services belongs to their route; one about an airline, to all of its.
		const about = 'services' in notice.about ? catalog.services.find((s) => (notice.about as { services: string[] }).services.includes(s.id)) : undefined;
		const airline = 'airline' in notice.about ? notice.about.airline : (about?.airline ?? null);
		cited.push({ record: notice.id, airline, route: about ? routeOf(about) : null, field: 'notice', confidence: notice.confidence });
	}
	for (const fact of catalog.routeFacts) {
		if (fact.fact.sources.includes(sourceId)) {
			const route = 'airports' in fact.scope ? ([...fact.scope.airports].sort() as [string, string]) : null;
			cited.push({ record: fact.id, airline: null, route, field: fact.kind, confidence: fact.fact.confidence });
		}
	}
	for (const airport of catalog.airports) {
		for (const field of ['position', 'utcOffsets'] as const) {
			if (airport.sources[field].includes(sourceId)) cited.push({ record: airport.iata, airline: null, route: null, field, confidence: null });
		}
	}
	return cited;
}

/** What a source backs on one line of its summary: an airline on a route, a route, or every route. */
export interface CitedLine {
	airline: string | null;
	route: [string, string] | null;
	fields: FactField[];
}

/**
 * The distinct fields a source backs for each airline on each route (and for a route, or every
 * route, as a whole), in the order the catalog first cites them: one line each.
 */
export function citedFieldsByLine(cited: readonly CitedFact[]): CitedLine[] {
	const lines = new Map<string, CitedLine>();
	for (const c of cited) {
		const key = `${c.airline ?? ''}/${c.route?.join('-') ?? ''}`;
		const line = lines.get(key) ?? { airline: c.airline, route: c.route, fields: [] };
		if (!line.fields.includes(c.field)) line.fields.push(c.field);
		lines.set(key, line);
	}
	return [...lines.values()];
}

/** A service's route, airports in alphabetical order. */
const routeOf = (service: PageCatalog['services'][number]): [string, string] => [service.origin, service.destination].sort() as [string, string];
