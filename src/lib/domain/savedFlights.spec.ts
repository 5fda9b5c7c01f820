import { describe, expect, it } from 'vitest';
import { departureOn } from './departures';
import { readSavedFlights, readSavedFlightsWithChanges, SAVED_FLIGHTS_KEY, savedFlightKey, storedSavedFlights } from './savedFlights';
import { airport, service, services } from './testAirports';

const read = (raw: string | null | undefined) => readSavedFlights(raw, services, airport);
const stored = (flights: unknown) => JSON.stringify({ version: 1, flights });
const keys = (raw: string | null | undefined) => read(raw).map(savedFlightKey);

describe('readSavedFlights', () => {
	it('rebuilds a stored flight from the catalog, with its instants', () => {
		const [flight] = read(stored([{ service: 'ze-icn-ala', date: '2025-04-07' }]));
		expect(flight?.service).toBe(service('ze-icn-ala'));
		expect(flight?.departs.toISOString()).toBe('2025-04-07T10:30:00.000Z');
		expect(flight?.arrivalTime).toBe('22:45');
	});

	it('lists flights soonest first, whatever order they were stored in', () => {
		const raw = stored([
			{ service: 'ze-ala-icn', date: '2025-04-11' },
			{ service: 'ze-icn-ala', date: '2025-04-07' },
			{ service: 'ze-ala-icn', date: '2025-04-07' }
		]);
		expect(keys(raw)).toEqual(['ze-icn-ala/2025-04-07', 'ze-ala-icn/2025-04-07', 'ze-ala-icn/2025-04-11']);
	});

	it('gives nothing for nothing stored', () => {
		expect(read(null)).toEqual([]);
		expect(read(undefined)).toEqual([]);
		expect(read('')).toEqual([]);
	});

	it('gives nothing, without throwing, for text that is not JSON', () => {
		for (const raw of ['{not json', '[', 'undefined', '\u0000', '{"version":1,"flights":[']) {
			expect(() => read(raw)).not.toThrow();
			expect(read(raw)).toEqual([]);
		}
	});

	it('gives nothing for JSON of the wrong shape', () => {
		for (const raw of ['null', '42', '"ze-icn-ala"', 'true', '{}', '{"version":1}', '{"version":1,"flights":"ze-icn-ala"}', '{"version":1,"flights":{"0":{"service":"ze-icn-ala","date":"2025-04-07"}}}']) {
			expect(read(raw), raw).toEqual([]);
		}
	});

	it('ignores an older or newer version of the format', () => {
		const flights = [{ service: 'ze-icn-ala', date: '2025-04-07' }];
		// What a first draft might have stored: a bare list of keys, or the same list with no version.
		expect(read(JSON.stringify(['ze-icn-ala/2025-04-07']))).toEqual([]);
		expect(read(JSON.stringify(flights))).toEqual([]);
		expect(read(JSON.stringify({ flights }))).toEqual([]);
		expect(read(JSON.stringify({ version: 0, flights }))).toEqual([]);
		expect(read(JSON.stringify({ version: 2, flights }))).toEqual([]);
		expect(read(JSON.stringify({ version: '1', flights }))).toEqual([]);
	});

	it('keeps the readable entries and drops the rest', () => {
		const raw = stored([
			{ service: 'ze-icn-ala', date: '2025-04-07' },
			null,
			'ze-icn-ala/2025-04-11',
			[],
			{ service: 'ze-icn-ala' },
			{ date: '2025-04-11' },
			{ service: 42, date: '2025-04-11' },
			{ service: 'ze-icn-ala', date: 20250411 },
			{ service: 'xx-icn-ala', date: '2025-04-11' },
			{ service: 'toString', date: '2025-04-11' },
			{ service: '__proto__', date: '2025-04-11' },
			{ service: 'ze-ala-icn', date: '2025-04-11' }
		]);
		expect(keys(raw)).toEqual(['ze-icn-ala/2025-04-07', 'ze-ala-icn/2025-04-11']);
	});

	it('drops a date the service does not fly, or that is not a real date', () => {
		const raw = stored([
			{ service: 'ze-icn-ala', date: '2025-04-08' }, // a Tuesday
			{ service: 'ze-icn-ala', date: '2025-03-31' }, // a Monday before the first flight
			{ service: 'ze-icn-ala', date: '2025-02-30' },
			{ service: 'ze-icn-ala', date: '2025-13-45' },
			{ service: 'ze-icn-ala', date: '2025-4-7' },
			{ service: 'ze-icn-ala', date: '2025-04-07T19:30' },
			{ service: 'kc-ala-icn', date: '2025-04-07' }, // days and times not published
			{ service: 'ze-icn-ala', date: '2025-04-11' }
		]);
		expect(keys(raw)).toEqual(['ze-icn-ala/2025-04-11']);
	});

	it('keeps each flight once', () => {
		const raw = stored([
			{ service: 'ze-icn-ala', date: '2025-04-07' },
			{ service: 'ze-icn-ala', date: '2025-04-07' },
			{ service: 'ze-icn-ala', date: '2025-04-07', note: 'extra fields are fine' }
		]);
		expect(keys(raw)).toEqual(['ze-icn-ala/2025-04-07']);
	});
});

describe('storedSavedFlights', () => {
	it('stores service id, date and the time it had, under a versioned key', () => {
		const flight = departureOn(service('ze-icn-ala'), airport, '2025-04-07')!;
		expect(storedSavedFlights([flight])).toBe('{"version":1,"flights":[{"service":"ze-icn-ala","date":"2025-04-07","time":"19:30"}]}');
		// The key names the version the stored text gives, so a later shape is stored under another key.
		expect(SAVED_FLIGHTS_KEY.endsWith(`.v${JSON.parse(storedSavedFlights([flight])).version}`)).toBe(true);
	});

	it('reads back what it writes', () => {
		const flights = [
			departureOn(service('ze-icn-ala'), airport, '2025-04-07')!,
			departureOn(service('ze-ala-icn'), airport, '2025-05-02')!
		];
		expect(read(storedSavedFlights(flights)).map(savedFlightKey)).toEqual(flights.map(savedFlightKey));
		expect(read(storedSavedFlights([]))).toEqual([]);
	});
});

describe('a saved flight that new data changed', () => {
	const stored = (...flights: object[]) => JSON.stringify({ version: 1, flights });
	const eastar = service('ze-icn-ala');
	// The airport's schedule moves Monday's flight to 20:10, or no longer lists it at all.
	const moved = { ...eastar, times: { ...eastar.times!, value: { departure: '20:10', arrival: null, arrivalDayOffset: null } } };
	const unlisted = { ...eastar, daysOfOperation: { ...eastar.daysOfOperation!, value: [5] }, official: { source: 'official-incheon', listed: false, fetched: '2026-12-02', lastDate: null } };

	it('says it moved, with the time it had when saved', () => {
		const read = readSavedFlightsWithChanges(stored({ service: 'ze-icn-ala', date: '2026-12-07', time: '19:30' }), [moved], airport);
		expect(read.flights.map((f) => f.departureTime)).toEqual(['20:10']);
		expect(read.changes).toMatchObject([{ kind: 'moved', was: '19:30', departure: { departureTime: '20:10' } }]);
		// Stored again, it carries the new time: the move is acknowledged.
		expect(readSavedFlightsWithChanges(storedSavedFlights(read.flights), [moved], airport).changes).toEqual([]);
	});

	it('says it is no longer in the schedule, since the fetch that dropped it, and keeps it until dismissed', () => {
		const read = readSavedFlightsWithChanges(stored({ service: 'ze-icn-ala', date: '2026-12-07', time: '19:30' }), [unlisted], airport);
		expect(read.flights).toEqual([]);
		expect(read.changes).toMatchObject([{ kind: 'dropped', since: '2026-12-02', ref: { service: 'ze-icn-ala', date: '2026-12-07' } }]);
		expect(readSavedFlightsWithChanges(storedSavedFlights([], read.dropped), [unlisted], airport).changes).toHaveLength(1);
		expect(readSavedFlightsWithChanges(stored({ service: 'gone', date: '2026-12-07', time: '19:30' }), [eastar], airport).changes).toMatchObject([
			{ kind: 'dropped', service: null, since: null }
		]);
	});

	it('reports no change for a flight stored without its time, or at the same time', () => {
		expect(readSavedFlightsWithChanges(stored({ service: 'ze-icn-ala', date: '2026-12-07' }), [moved], airport).changes).toEqual([]);
		expect(readSavedFlightsWithChanges(stored({ service: 'ze-icn-ala', date: '2026-12-07', time: '19:30' }), [eastar], airport).changes).toEqual([]);
		expect(readSavedFlightsWithChanges(stored({ service: 'ze-icn-ala', date: '2026-12-07', time: '7pm' }), [moved], airport).changes).toEqual([]);
	});
});
