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

/**
 * What is stored for one flight, and the departure time it had when the traveller saved it (or last
 * saw a change to it), so that a later timetable that moves it can say so.
 */
export interface SavedFlightRef {
	service: string;
	date: CalendarDate;
	time?: string;
}

/** A saved flight that new data has moved or dropped, said until the traveller dismisses it. */
export type SavedFlightChange =
	| { kind: 'moved'; ref: SavedFlightRef; departure: Departure; was: string }
	/** `since`: the day the airport's schedule that no longer lists it was fetched, where one says so. */
	| { kind: 'dropped'; ref: SavedFlightRef; service: Service | null; since: CalendarDate | null };

/** What a stored list gives: the flights as the data has them now, and what changed in them. */
export interface SavedFlightsRead {
	flights: Departure[];
	changes: SavedFlightChange[];
	/** Stored flights the data no longer has, kept until their change is dismissed. */
	dropped: SavedFlightRef[];
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
	return readSavedFlightsWithChanges(raw, services, airport).flights;
}

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The stored flights as the data has them now, and those it has moved or dropped since they were
 * saved: "now 20:10, was 19:30", "not in the schedule since 2 Dec". Reading stays total.
 * `readSavedFlightsWithChanges('{"version":1,"flights":[{"service":"ze-icn-ala","date":"2026-12-07","time":"19:30"}]}', services, airport).changes[0]`
 * → `{ kind: 'moved', was: '19:30', departure: { departureTime: '20:10', … } }` once the airport moves it
 */
export function readSavedFlightsWithChanges(raw: string | null | undefined, services: readonly Service[], airport: AirportLookup): SavedFlightsRead {
	const read: SavedFlightsRead = { flights: [], changes: [], dropped: [] };
	if (typeof raw !== 'string' || raw === '') return read;
	let stored: unknown;
	try {
		stored = JSON.parse(raw);
	} catch {
		return read;
	}
	if (!isRecord(stored) || stored.version !== VERSION || !Array.isArray(stored.flights)) return read;

	const found = new Map<string, Departure>();
	const seen = new Set<string>();
	for (const entry of stored.flights as unknown[]) {
		if (!isRecord(entry) || typeof entry.service !== 'string' || typeof entry.date !== 'string') continue;
		const date = parseCalendarDate(entry.date);
		if (!date) continue;
		const ref: SavedFlightRef = { service: entry.service, date, ...(typeof entry.time === 'string' && time.test(entry.time) ? { time: entry.time } : {}) };
		const key = `${ref.service}/${ref.date}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const service = services.find((s) => s.id === entry.service) ?? null;
		let departure: Departure | null = null;
		try {
			departure = service ? departureOn(service, airport, date) : null;
		} catch {
			// A service whose airport is missing from the data: skip it rather than lose the others.
			continue;
		}
		if (!departure) {
			// Only a flight saved with its time was a real departure once: one without is another version's.
			if (ref.time) {
				read.dropped.push(ref);
				// Where an airport's schedule speaks for the flight, it dropped it when it was fetched.
				const since = service?.official ? service.official.fetched : null;
				read.changes.push({ kind: 'dropped', ref, service, since });
			}
			continue;
		}
		found.set(key, departure);
		if (ref.time && ref.time !== departure.departureTime) read.changes.push({ kind: 'moved', ref, departure, was: ref.time });
	}
	read.flights = [...found.values()].sort((a, b) => a.departs.getTime() - b.departs.getTime());
	return read;
}

/**
 * The stored form of a list of flights, and of dropped ones still to be dismissed (`keep`); a
 * moved flight keeps the time it had until its move is dismissed (`unseenMoves`).
 * `storedSavedFlights([eastarIcnAlaOn7April])` → `'{"version":1,"flights":[{"service":"ze-icn-ala","date":"2025-04-07","time":"19:30"}]}'`
 */
export function storedSavedFlights(
	flights: readonly Pick<Departure, 'service' | 'departureDate' | 'departureTime'>[],
	keep: readonly SavedFlightRef[] = [],
	unseenMoves: ReadonlyMap<string, string> = new Map()
): string {
	// Each with the time it has now, unless its move is still to be seen (`unseenMoves`: key → the time it had).
	const refs: SavedFlightRef[] = [
		...flights.map((f) => ({ service: f.service.id, date: f.departureDate, time: unseenMoves.get(savedFlightKey(f)) ?? f.departureTime })),
		...keep
	];
	return JSON.stringify({ version: VERSION, flights: refs });
}
