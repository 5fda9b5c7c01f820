import { describe, expect, it } from 'vitest';
import type { Notice, ScheduleFact, Service, WeeklyFrequency } from '$lib/data/schema';
import { factStanding, jointStanding, newestPublication } from './factStanding';

const report = { sources: ['report'], confidence: 'medium' as const };

// One fact of every kind the app shows, each reported in January 2026 for summer 2026 (which runs
// from Sunday 29 March to Saturday 24 October 2026).
const days: ScheduleFact<number[]> = { value: [1, 5], ...report, published: '2026-01-09', season: 'S26' };
const times: NonNullable<Service['times']> = { value: { departure: '06:55', arrival: null, arrivalDayOffset: null }, ...report, published: '2026-01-09', season: 'S26' };
const aircraft: ScheduleFact<string> = { value: 'Boeing 737', ...report, published: '2026-01-09', season: 'S26' };
const flightNumber: ScheduleFact<string> = { value: 'ZE935', ...report, published: '2026-01-09', season: 'S26' };
const weekly: WeeklyFrequency = { value: 2, ...report, published: '2026-01-09', season: 'S26' };
const operates: ScheduleFact<true> = { value: true, ...report, published: '2026-01-09', season: 'S26' };
const startDate: ScheduleFact<string> = { value: '2026-05-01', ...report, published: '2026-01-09', season: 'S26', announced: true };
const notice: Notice = { id: 'n', about: { airline: 'ZE' }, title: { en: 'x', ru: 'x', kk: 'x', ko: 'x' }, value: { en: 'x', ru: 'x', kk: 'x', ko: 'x' }, ...report, published: '2026-01-09', season: 'S26' };

const everyKind: [string, Parameters<typeof factStanding>[0], string | null][] = [
	['days', days, null],
	['times', times, null],
	['aircraft', aircraft, null],
	['flight number', flightNumber, null],
	['weekly frequency', weekly, null],
	['operates', operates, null],
	['start date', startDate, startDate.value],
	['notice', notice, null]
];

describe('factStanding: one rule for every kind of fact', () => {
	it.each(everyKind)('confirms %s to the last day of its season and calls it last reported the day after', (_, fact, startsOn) => {
		expect(factStanding(fact, '2026-10-24', startsOn)).toMatchObject({ state: 'confirmed', until: '2026-10-24', season: 'S26', published: '2026-01-09' });
		expect(factStanding(fact, '2026-10-25', startsOn).state).toBe('last-reported');
		expect(factStanding(fact, '2026-12-02', startsOn).state).toBe('last-reported');
	});

	it('calls a fact announced before the day it starts, whatever its season', () => {
		expect(factStanding(startDate, '2026-04-30', startDate.value).state).toBe('announced');
		expect(factStanding(startDate, '2026-05-01', startDate.value).state).toBe('confirmed');
		const fourAWeek: WeeklyFrequency = { ...weekly, value: 4, from: '2026-07-11' };
		expect(factStanding(fourAWeek, '2026-07-10')).toMatchObject({ state: 'announced', from: '2026-07-11' });
		expect(factStanding(fourAWeek, '2026-07-11').state).toBe('confirmed');
		expect(factStanding(fourAWeek, '2026-10-25').state).toBe('last-reported');
	});

	it('is carried into a later season only by a later source', () => {
		const confirmed = { ...aircraft, confirmedBy: [{ sources: ['later'], published: '2026-11-02', season: 'W26' }] };
		expect(factStanding(confirmed, '2026-12-02')).toMatchObject({ state: 'confirmed', until: '2027-03-27', season: 'W26', published: '2026-11-02' });
		expect(newestPublication(confirmed)).toEqual({ published: '2026-11-02', season: 'W26', until: '2027-03-27' });
	});

	it('ages a winter fact at the end of March', () => {
		const winter = { ...days, published: '2026-01-30', season: 'W25' };
		expect(factStanding(winter, '2026-03-28').state).toBe('confirmed');
		expect(factStanding(winter, '2026-03-29').state).toBe('last-reported');
	});
});

describe('jointStanding', () => {
	it('holds facts together to the earliest end, and is last reported once one of them is', () => {
		const olderTimes = { ...times, published: '2025-04-08', season: 'S25' };
		expect(jointStanding([days, olderTimes], '2025-06-01')).toMatchObject({ state: 'confirmed', until: '2025-10-25', published: '2026-01-09' });
		expect(jointStanding([days, olderTimes], '2026-06-01')?.state).toBe('last-reported');
		expect(jointStanding([days, null], '2026-04-01', '2026-05-01')?.state).toBe('announced');
		expect(jointStanding([null], '2026-04-01')).toBeNull();
	});
});
