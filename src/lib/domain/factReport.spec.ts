import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { factReport } from './factReport';

describe('the fact report', () => {
	it('dates and ages every schedule fact, and flags the ones past their season', () => {
		const rows = factReport(catalog, '2026-12-01');
		const times = rows.find((r) => r.record === 'service ze-icn-ala' && r.field === 'times')!;
		expect(times).toMatchObject({ value: '{"departure":"19:30","arrival":"22:45","arrivalDayOffset":0}', dated: '2025-04-08', season: 'S25', outlived: true });
		expect(times.ageDays).toBe(602);
		expect(times.sources).toEqual(['newspim', 'yonhap-zum']);
	});

	it('flags nothing the day after Eastar Jet’s first flight', () => {
		const rows = factReport(catalog, '2025-04-08');
		const eastar = rows.filter((r) => r.record.startsWith('service ze-') && r.season === 'S25');
		expect(eastar.length).toBeGreaterThan(0);
		expect(eastar.every((r) => !r.outlived)).toBe(true);
		expect(rows.find((r) => r.record === 'service ze-ala-icn' && r.field === 'daysOfOperation')!.ageDays).toBe(0);
	});

	it('dates every schedule fact and every figure', () => {
		const rows = factReport(catalog, '2026-12-01');
		const dated = rows.filter((r) => r.season !== null || r.record.startsWith('route fact'));
		expect(dated.length).toBeGreaterThan(10);
		for (const r of dated) expect(r.dated, `${r.record} ${r.field}`).toMatch(/^\d{4}/);
	});

	it('counts the age of a month from its first day', () => {
		const rows = factReport(catalog, '2024-06-11');
		expect(rows.find((r) => r.record === 'service kc-ala-icn' && r.field === 'flightsPerWeek.0')!.ageDays).toBe(10);
	});
});
