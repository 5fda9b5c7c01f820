/**
 * The traveller's saved flights as they are kept in the browser: only a service id and a departure
 * date each, so that times, names and sources are rebuilt from the current catalog on every read and
 * an app update never shows stale data. Reading is total: whatever is stored (another version's
 * format, a hand edit, a half-written value) gives the flights that can still be read, never an error.
 */
import type { Service } from '$lib/data/schema';
import { parseCalendarDate, type CalendarDate } from './calendarDate';
import { departureOn, type AirportLookup, type Departure } from './departures';

/** The localStorage key; a new stored format gets a new key, so old and new never misread each other. */
export const SAVED_FLIGHTS_KEY = 'nonstop.savedFlights.v1';
const VERSION = 1;

/** What is stored for one flight. */
export interface SavedFlightRef {
	service: string;
	date: CalendarDate;
}

/** The key that makes a flight unique. `savedFlightKey(eastarIcnAlaOn7April)` → `'ze-icn-ala/2025-04-07'` */
export function savedFlightKey(departure: Pick<Departure, 'service' | 'departureDate'>): string {
	return `${departure.service.id}/${departure.departureDate}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored flights that still exist in the catalog, soonest first, each once.
 * `readSavedFlights('{"version":1,"flights":[{"service":"ze-icn-ala","date":"2025-04-07"}]}', services, airport)[0].departs`
 * → 2025-04-07T10:30:00Z; `readSavedFlights('{not json', services, airport)` → `[]`
 */
export function readSavedFlights(raw: string | null | undefined, services: readonly Service[], airport: AirportLookup): Departure[] {
	if (typeof raw !== 'string' || raw === '') return [];
	let stored: unknown;
	try {
		stored = JSON.parse(raw);
	} catch {
		return [];
	}
	if (!isRecord(stored) || stored.version !== VERSION || !Array.isArray(stored.flights)) return [];

	const found = new Map<string, Departure>();
	for (const entry of stored.flights as unknown[]) {
		if (!isRecord(entry) || typeof entry.service !== 'string' || typeof entry.date !== 'string') continue;
		const service = services.find((s) => s.id === entry.service);
		const date = parseCalendarDate(entry.date);
		if (!service || !date) continue;
		let departure: Departure | null;
		try {
			departure = departureOn(service, airport, date);
		} catch {
			// A service whose airport is missing from the data: skip it rather than lose the others.
			continue;
		}
		if (departure && !found.has(savedFlightKey(departure))) found.set(savedFlightKey(departure), departure);
	}
	return [...found.values()].sort((a, b) => a.departs.getTime() - b.departs.getTime());
}

/**
 * The stored form of a list of flights.
 * `storedSavedFlights([eastarIcnAlaOn7April])` → `'{"version":1,"flights":[{"service":"ze-icn-ala","date":"2025-04-07"}]}'`
 */
export function storedSavedFlights(flights: readonly Pick<Departure, 'service' | 'departureDate'>[]): string {
	const refs: SavedFlightRef[] = flights.map((f) => ({ service: f.service.id, date: f.departureDate }));
	return JSON.stringify({ version: VERSION, flights: refs });
}
