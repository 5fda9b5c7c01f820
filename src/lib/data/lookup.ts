/** The catalog's records by their codes, for pages and components. */
import { catalog } from './catalog';
import type { CitedSource } from './citedSource';
import type { Airline, Airport } from './schema';

const airportsByCode: ReadonlyMap<string, Airport> = new Map(catalog.airports.map((a) => [a.iata, a]));
export const airlinesByCode: ReadonlyMap<string, Airline> = new Map(catalog.airlines.map((a) => [a.iata, a]));
export const sourcesById: ReadonlyMap<string, CitedSource> = new Map(catalog.sources.map((s) => [s.id, s]));

export function airport(code: string): Airport {
	const found = airportsByCode.get(code);
	if (!found) throw new Error(`Unknown airport ${code}`);
	return found;
}

export function airline(code: string): Airline {
	const found = airlinesByCode.get(code);
	if (!found) throw new Error(`Unknown airline ${code}`);
	return found;
}
