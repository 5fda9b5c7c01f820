import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OfficialSnapshot } from './officialSchema';
import { officialSnapshots, officialSources, withOfficialSchedules } from './officialSchedules';
import type { ScheduleFact, Service } from './schema';
import { validateOfficialSnapshots } from './validate';
// The domain tests' record builder: test code, outside the app's layers.
import { unscheduled } from '$lib/domain/testServices';

const snapshot = JSON.parse(readFileSync('tests/fixtures/official/snapshots/incheon.json', 'utf8')) as OfficialSnapshot;
const news = <T>(value: T): ScheduleFact<T> => ({ value, sources: ['report'], confidence: 'medium', published: '2025-04-08', season: 'S25' });
const service = (id: string, over: Partial<Service> = {}): Service =>
	unscheduled({ id, airline: id.slice(0, 2).toUpperCase(), origin: id.slice(3, 6).toUpperCase(), destination: id.slice(7, 10).toUpperCase(), operates: news(true as const), ...over });
const services = [
	service('oz-icn-ala', { flightNumber: news('OZ577') }),
	service('ze-icn-ala', { daysOfOperation: news([1, 5]), times: news({ departure: '19:30', arrival: '22:45', arrivalDayOffset: 0 }) }),
	service('ze-ala-icn', { daysOfOperation: news([1, 5]), times: news({ departure: '23:45', arrival: '09:50', arrivalDayOffset: 1 }) }),
	service('kc-icn-ala'),
	// Ended before the fetch: the schedule cannot speak to it.
	service('dv-icn-cit', { validTo: news('2025-10-25') })
];
const known = ['OZ', 'ZE', 'KC', 'DV'].map((iata) => ({ iata }));
const airports = ['ICN', 'ALA', 'NQZ', 'CIT'].map((iata) => ({ iata }));
const merged = withOfficialSchedules(services, [snapshot], known, airports);
const byId = (id: string) => merged.find((s) => s.id === id)!;

describe('the airports’ schedules over the news', () => {
	it('confirms a listed flight’s days, Incheon time and number to the row’s last date, and leaves the Kazakh end unpublished', () => {
		const asiana = byId('oz-icn-ala');
		expect(asiana.official).toEqual({ source: 'official-incheon', listed: true, fetched: '2026-12-02', lastDate: '2027-03-27' });
		expect(asiana.daysOfOperation).toMatchObject({ value: [1, 3, 5], sources: ['official-incheon'], published: '2026-12-02', until: '2027-03-27' });
		expect(asiana.times?.value).toEqual({ departure: '10:10', arrival: null, arrivalDayOffset: null });
		expect(asiana.flightNumber?.value).toBe('OZ577');
	});

	it('outranks a news time that differs, and drops the news’s other end rather than keep a mismatched pair', () => {
		const eastar = byId('ze-icn-ala');
		expect(eastar.times?.value).toEqual({ departure: '20:10', arrival: null, arrivalDayOffset: null });
		expect(eastar.flightNumber?.value).toBe('ZE601');
	});

	it('keeps the other end where the news agrees, and reads an arrival’s days at Incheon back to its departure days', () => {
		const back = byId('ze-ala-icn');
		expect(back.times?.value).toEqual({ departure: '23:45', arrival: '09:50', arrivalDayOffset: 1 });
		expect(back.daysOfOperation?.value).toEqual([1, 5]);
		expect(back.flightNumber?.value).toBe('ZE602');
	});

	it('marks a news service the schedule does not list, and leaves alone one that ended before the fetch', () => {
		expect(byId('kc-icn-ala').official).toMatchObject({ listed: false, fetched: '2026-12-02' });
		expect(byId('dv-icn-cit').official).toBeUndefined();
	});

	it('adds a listed flight the news does not have, with what the airport gives', () => {
		const added = byId('oz-icn-nqz-oz575-2026-10-25');
		expect(added).toMatchObject({ airline: 'OZ', origin: 'ICN', destination: 'NQZ', official: { listed: true } });
		expect(added.daysOfOperation?.value).toEqual([2, 6]);
		expect(added.times?.value).toEqual({ departure: '11:20', arrival: null, arrivalDayOffset: null });
		expect(withOfficialSchedules(services, [snapshot], known.filter((a) => a.iata !== 'OZ'), airports).some((s) => s.id.startsWith('oz-icn-nqz'))).toBe(false);
	});

	it('changes nothing without a snapshot, as the app ships until a real fetch makes one', () => {
		expect(officialSnapshots).toEqual([]);
		expect(withOfficialSchedules(services, [], known, airports)).toEqual(services);
		expect(officialSources([snapshot])[0]).toMatchObject({ id: 'official-incheon', kind: 'official', date: '2026-12-02' });
	});

	it('refuses a snapshot not in the shape the import writes, naming it', () => {
		expect(() => validateOfficialSnapshots([{ ...snapshot, flights: [{ ...snapshot.flights[0], time: '25:00' }] }])).toThrow(/official snapshot incheon, field flights.0.time/);
		expect(validateOfficialSnapshots([snapshot])).toHaveLength(1);
	});
});
