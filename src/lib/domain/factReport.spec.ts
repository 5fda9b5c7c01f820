import { describe, expect, it } from 'vitest';
import type { Catalog } from '$lib/data/schema';
import { factReport } from './factReport';
import { service } from './testAirports';
import { leg, reported } from './testServices';

// A catalog of its own: Eastar Jet's summer 2025 timetable, a flight number of 2022, a route whose
// weekly steps are announced ahead, a notice and a figure.
const numbered = { ...service('oz-icn-ala') };
const steps = leg('dv-icn-cit', {
	origin: 'ICN',
	destination: 'CIT',
	days: [1, 2, 5],
	departure: '06:55',
	from: '2026-03-30',
	announced: true,
	weekly: [{ ...reported(4, '2026-01-30', 'S26', true), from: '2026-07-11' }]
});
const catalog: Catalog = {
	sourcesSearched: '2026-12-02',
	sources: [
		{ id: 'newspim', kind: 'news', publisher: { en: 'N', ru: 'N', kk: 'N', ko: 'N' }, url: 'https://example.org/a', date: '2025-04-08', language: 'ko' },
		{ id: 'ajunews', kind: 'news', publisher: { en: 'A', ru: 'A', kk: 'A', ko: 'A' }, url: 'https://example.org/b', date: '2015-06-22', language: 'ko' }
	],
	airports: [],
	airlines: [],
	services: [service('ze-icn-ala'), numbered, steps],
	routeFacts: [{ id: 'pair-weekly', scope: { airports: ['ALA', 'ICN'] }, kind: 'weekly-flights', fact: { value: 12, sources: ['ajunews'], confidence: 'medium', asOf: '2024-06' } }],
	notices: [{ id: 'merger', about: { airline: 'OZ' }, title: { en: 'Merging', ru: 'x', kk: 'x', ko: 'x' }, value: { en: 'Merging', ru: 'x', kk: 'x', ko: 'x' }, sources: ['ajunews'], confidence: 'medium', published: '2026-02-24', season: 'W25' }]
};
const find = (rows: ReturnType<typeof factReport>, record: string, field: string) => rows.find((r) => r.record === record && r.field === field)!;

describe('the fact report', () => {
	it('dates and ages every schedule fact, and flags the ones past their season', () => {
		const rows = factReport(catalog, '2026-12-01');
		const times = find(rows, 'service ze-icn-ala', 'times');
		expect(times).toMatchObject({ value: '{"departure":"19:30","arrival":"22:45","arrivalDayOffset":0}', dated: '2025-04-08', season: 'S25', state: 'last-reported', outlived: true });
		expect(times.ageDays).toBe(602);
		expect(times.sources).toEqual(['newspim', 'yonhap-zum']);
	});

	it('flags every kind of schedule fact by the same rule: operates, days, times, aircraft, numbers, frequencies, start dates, notices', () => {
		const rows = factReport(catalog, '2026-12-02');
		const kinds = ['operates', 'daysOfOperation', 'times', 'aircraft', 'validFrom', 'flightsPerWeek.0'].map((field) => find(rows, 'service ze-icn-ala', field));
		kinds.push(find(rows, 'service oz-icn-ala', 'flightNumber'), find(rows, 'notice merger', 'value'), find(rows, 'service dv-icn-cit', 'flightsPerWeek.0'));
		for (const row of kinds) expect(row, `${row.record} ${row.field}`).toMatchObject({ state: 'last-reported', outlived: true });
		// History and figures are dated, not aged by season.
		expect(find(rows, 'route fact pair-weekly', 'weekly-flights')).toMatchObject({ dated: '2024-06', state: null, outlived: false });
	});

	it('flags nothing the day after Eastar Jet’s first flight, and calls steps still to come announced', () => {
		const rows = factReport(catalog, '2025-04-08');
		const eastar = rows.filter((r) => r.record === 'service ze-icn-ala');
		expect(eastar.length).toBeGreaterThan(5);
		expect(eastar.every((r) => !r.outlived)).toBe(true);
		expect(find(rows, 'service ze-icn-ala', 'daysOfOperation').ageDays).toBe(0);
		const spring = factReport(catalog, '2026-05-01');
		expect(find(spring, 'service dv-icn-cit', 'flightsPerWeek.0').state).toBe('announced');
		expect(find(spring, 'service dv-icn-cit', 'validFrom').state).toBe('confirmed');
		expect(find(factReport(catalog, '2026-03-01'), 'service dv-icn-cit', 'validFrom').state).toBe('announced');
	});

	it('counts the age of a month from its first day', () => {
		const rows = factReport(catalog, '2024-06-11');
		expect(find(rows, 'route fact pair-weekly', 'weekly-flights').ageDays).toBe(10);
	});
});
