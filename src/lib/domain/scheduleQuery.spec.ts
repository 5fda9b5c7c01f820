import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { readScheduleQuery, scheduleSearch } from './scheduleQuery';
import { isNewService } from './routes';

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

describe('new services', () => {
	const eastar = catalog.services.find((s) => s.id === 'ze-icn-ala')!;
	it('marks Eastar Jet new for two years from 7 April 2025', () => {
		expect(isNewService(eastar, new Date('2025-03-01T00:00Z'))).toBe(true);
		expect(isNewService(eastar, new Date('2026-11-27T00:00Z'))).toBe(true);
		expect(isNewService(eastar, new Date('2027-04-08T00:00Z'))).toBe(false);
	});
	it('never marks a service whose start is not published', () => {
		expect(isNewService(catalog.services.find((s) => s.id === 'kc-ala-icn')!, new Date('2025-01-01T00:00Z'))).toBe(false);
	});
});
