import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { readScheduleQuery, scheduleSearch } from './scheduleQuery';
import { factsOnPair } from './routes';

const read = (search: string) => readScheduleQuery(new URLSearchParams(search), catalog.services);

describe('filters in the URL', () => {
	it('reads an airline in any case and a direction', () => {
		const query = read('airline=ze&direction=icn-ala');
		expect(query.airline).toBe('ZE');
		expect(query.direction).toEqual({ id: 'icn-ala', origin: 'ICN', destination: 'ALA' });
		expect(query.notices).toEqual([]);
	});

	it('reports nonsense and falls back to no filter', () => {
		const query = read('airline=%3Cscript%3E&direction=ala-nrt&date=2025-13-45');
		expect(query).toMatchObject({ airline: null, direction: null, date: null });
		expect(query.notices).toEqual([
			{ kind: 'unknown-airline', value: '<script>' },
			{ kind: 'unknown-direction', value: 'ala-nrt' },
			{ kind: 'bad-date', value: '2025-13-45' }
		]);
	});

	it('reads a real date and ignores empty values', () => {
		expect(read('date=2025-04-11')).toMatchObject({ date: '2025-04-11', notices: [] });
		expect(read('airline=&date=')).toEqual({ airline: null, direction: null, date: null, notices: [] });
	});

	it('writes a query string back', () => {
		expect(scheduleSearch({ airline: 'ZE', direction: 'icn-ala' })).toBe('?airline=ze&direction=icn-ala');
		expect(scheduleSearch({})).toBe('');
	});
});

describe('figures on an airport pair', () => {
	it('takes the pair’s own figures in either direction, never a country-wide total', () => {
		expect(factsOnPair(catalog.routeFacts, 'ICN', 'ALA').map((f) => f.id)).toEqual(['ala-icn-weekly-2024-06', 'ala-icn-passengers-2025']);
		expect(factsOnPair(catalog.routeFacts, 'ALA', 'ICN').map((f) => f.id)).not.toContain('kz-kr-weekly-2025-04');
		expect(factsOnPair(catalog.routeFacts, 'ALA', 'PUS')).toEqual([]);
	});
});
