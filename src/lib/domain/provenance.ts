/** Which facts each source backs, so the sources page can say what every source is relied on for. */
import type { Catalog, Confidence } from '$lib/data/schema';

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
	| 'position'
	| 'utcOffsets';

export interface CitedFact {
	/** The service id, the route fact id, or the airport code. */
	record: string;
	airline: string | null;
	field: FactField;
	/** Null for reference data (an airport's position, its UTC offsets), which carries no confidence of its own. */
	confidence: Confidence | null;
}

const serviceFields = ['operates', 'flightNumber', 'daysOfOperation', 'times', 'aircraft', 'validFrom', 'validTo', 'operatingSince'] as const;

/**
 * The facts that cite a source, one per record and field.
 * `factsCiting(catalog, 'donga')` → `[{ record: 'oz-ala-icn', field: 'flightNumber', … }, { record: 'oz-icn-ala', … }]`
 */
export function factsCiting(catalog: Catalog, sourceId: string): CitedFact[] {
	const cited: CitedFact[] = [];
	for (const service of catalog.services) {
		for (const field of serviceFields) {
			const fact = service[field];
			if (fact?.sources.includes(sourceId)) cited.push({ record: service.id, airline: service.airline, field, confidence: fact.confidence });
		}
		const weekly = service.flightsPerWeek.find((f) => f.sources.includes(sourceId));
		if (weekly) cited.push({ record: service.id, airline: service.airline, field: 'flightsPerWeek', confidence: weekly.confidence });
	}
	for (const fact of catalog.routeFacts) {
		if (fact.fact.sources.includes(sourceId)) cited.push({ record: fact.id, airline: null, field: fact.kind, confidence: fact.fact.confidence });
	}
	for (const airport of catalog.airports) {
		for (const field of ['position', 'utcOffsets'] as const) {
			if (airport.sources[field].includes(sourceId)) cited.push({ record: airport.iata, airline: null, field, confidence: null });
		}
	}
	return cited;
}

/** The distinct fields a source backs for each airline (or the route), for a one-line summary. */
export function citedFieldsByAirline(cited: readonly CitedFact[]): Map<string | null, FactField[]> {
	const byAirline = new Map<string | null, FactField[]>();
	for (const c of cited) {
		const fields = byAirline.get(c.airline) ?? [];
		if (!fields.includes(c.field)) fields.push(c.field);
		byAirline.set(c.airline, fields);
	}
	return byAirline;
}
