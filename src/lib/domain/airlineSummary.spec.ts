import { describe, expect, it } from 'vitest';
import type { WeeklyFrequency } from '$lib/data/schema';
import { airlineSummary, routeAirlines } from './airlineSummary';
import { routesOf } from './routes';
import { leg, reported } from './testServices';

const on = (iso: string) => new Date(`${iso}T09:00:00Z`);

// A route announced in January 2026 for 1 May 2026, both ways on Mondays and Fridays.
const announced = { published: '2026-01-09', season: 'S26', announced: true, from: '2026-05-01', days: [1, 5], airline: 'ZE' };
const busan = [
	leg('ze-pus-ala', { ...announced, origin: 'PUS', destination: 'ALA', departure: '18:55', arrival: '22:40' }),
	leg('ze-ala-pus', { ...announced, origin: 'ALA', destination: 'PUS', departure: '23:40', arrival: '09:35', arrivalDayOffset: 1 })
];

// Steps announced ahead: three a week from 30 March, four from 11 July.
const steps: WeeklyFrequency[] = [
	{ ...reported(4, '2026-01-30', 'S26', true), from: '2026-07-11' },
	{ ...reported(3, '2026-01-30', 'S26', true), from: '2026-03-30' },
	{ ...reported(2, '2025-05-16', 'S25', true), from: '2025-05-29' }
];
const seasons = [
	leg('dv-cit-icn-s25-mon', { days: [1], departure: '14:00', arrival: '00:20', arrivalDayOffset: 1, from: '2025-05-29', to: '2025-10-25', published: '2025-05-16', season: 'S25', weekly: steps }),
	leg('dv-cit-icn-s25-thu', { days: [4], departure: '19:40', arrival: '05:55', arrivalDayOffset: 1, from: '2025-05-29', to: '2025-10-25', published: '2025-05-16', season: 'S25', weekly: steps }),
	leg('dv-icn-cit-s25', { origin: 'ICN', destination: 'CIT', days: [2, 5], departure: '06:55', from: '2025-05-29', to: '2025-10-25', published: '2025-05-16', season: 'S25', weekly: steps }),
	leg('dv-cit-icn-s26', { from: '2026-03-30', announced: true, weekly: steps }),
	leg('dv-icn-cit-s26', { origin: 'ICN', destination: 'CIT', days: [1, 2, 5], departure: '06:55', from: '2026-03-30', to: '2026-07-10', announced: true, weekly: steps }),
	leg('dv-icn-cit-s26-jul', { origin: 'ICN', destination: 'CIT', days: [1, 2, 5, 6], departure: '05:45', from: '2026-07-11', announced: true, weekly: steps })
];

describe('airlineSummary', () => {
	it('says a first flight is still to come, then new, then past its confirmed season', () => {
		expect(airlineSummary(busan, on('2026-04-20'))).toMatchObject({ firstFlight: '2026-05-01', starts: true, isNew: false, unconfirmed: false });
		expect(airlineSummary(busan, on('2026-04-20')).operates.state).toBe('announced');
		expect(airlineSummary(busan, on('2026-05-01'))).toMatchObject({ starts: false, isNew: true, unconfirmed: false });
		// Summer 2026 ends on Saturday 24 October.
		expect(airlineSummary(busan, on('2026-10-24')).unconfirmed).toBe(false);
		expect(airlineSummary(busan, on('2026-10-25'))).toMatchObject({ isNew: false, unconfirmed: true });
		expect(airlineSummary(busan, on('2026-10-25')).operates.state).toBe('last-reported');
		expect(airlineSummary(busan, on('2026-10-25')).days?.value).toEqual([1, 5]);
	});

	it('gives the frequency that holds on the day and the next announced step', () => {
		const spring = airlineSummary(seasons, on('2026-05-01'));
		expect(spring.frequencies.current?.value).toBe(3);
		expect(spring.frequencies.planned.map((f) => [f.value, f.from])).toEqual([[4, '2026-07-11']]);
	});

	it('sums up the timetables in effect on the day, days of one direction together', () => {
		const summer = airlineSummary(seasons, on('2025-06-02'));
		expect(summer.current.map((s) => s.id)).toEqual(['dv-cit-icn-s25-mon', 'dv-cit-icn-s25-thu', 'dv-icn-cit-s25']);
		expect(summer.days?.value).toEqual([1, 4]);
		expect(summer.timetableStanding?.state).toBe('confirmed');
		// In spring 2026 the outbound is not published; the inbound gives its days, and July's next.
		const spring = airlineSummary(seasons, on('2026-05-01'));
		expect(spring.days?.value).toEqual([1, 2, 5]);
		expect(spring.next.map((s) => s.id)).toEqual(['dv-icn-cit-s26-jul']);
		// A year and a half on, July's days are what was last reported, not confirmed since.
		const later = airlineSummary(seasons, on('2026-12-02'));
		expect(later.days?.value).toEqual([1, 2, 5, 6]);
		expect(later).toMatchObject({ unconfirmed: true, firstFlight: '2025-05-29', isNew: false });
		expect(later.timetableStanding?.state).toBe('last-reported');
	});

	it('gives the rows a timetable shows: those in effect, then the next announced, each with days or times', () => {
		// Spring 2026: the outbound has neither days nor times, so no row; July's inbound follows.
		expect(airlineSummary(seasons, on('2026-05-01')).rows.map((s) => s.id)).toEqual(['dv-icn-cit-s26', 'dv-icn-cit-s26-jul']);
		// Summer 2025: its three timetables, then spring 2026's inbound, announced.
		expect(airlineSummary(seasons, on('2025-06-02')).rows.map((s) => s.id)).toEqual(['dv-cit-icn-s25-mon', 'dv-cit-icn-s25-thu', 'dv-icn-cit-s25', 'dv-icn-cit-s26']);
		// An airline whose sources give neither days nor times has no rows.
		const bare = [leg('kc-ala-icn', { airline: 'KC', published: '2024-06-12', season: 'S24' })];
		expect(airlineSummary(bare.map((s) => ({ ...s, daysOfOperation: null, times: null })), on('2024-07-01')).rows).toEqual([]);
	});

	it("stands as its timetable does, or without one as that it flies", () => {
		expect(airlineSummary(busan, on('2026-04-20')).standing.state).toBe('announced');
		expect(airlineSummary(busan, on('2026-06-01')).standing.state).toBe('confirmed');
		expect(airlineSummary(busan, on('2026-10-25')).standing.state).toBe('last-reported');
		const untimed = busan.map((s) => ({ ...s, daysOfOperation: null, times: null }));
		const summary = airlineSummary(untimed, on('2026-10-25'));
		expect(summary.timetableStanding).toBeNull();
		expect(summary.standing).toEqual(summary.operates);
	});

	it('is new for 90 days from the first flight only, not from each later timetable', () => {
		expect(airlineSummary(seasons, on('2025-06-01')).isNew).toBe(true);
		expect(airlineSummary(seasons, on('2026-04-01')).isNew).toBe(false);
	});

	it('lists each route with its airlines, in order', () => {
		const services = [...busan, ...seasons];
		const listed = routeAirlines(routesOf(services), services, on('2026-12-01'));
		expect(listed.map((r) => [r.route.id, r.airlines.map((a) => a.id)])).toEqual([
			['pus-ala', ['ze-ala-pus']],
			['cit-icn', ['dv-cit-icn']]
		]);
		expect(listed[0]!.airlines[0]!.summary.unconfirmed).toBe(true);
	});
});
