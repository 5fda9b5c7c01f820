import { describe, expect, it } from 'vitest';
import { readScheduleQuery, scheduleSearch } from './scheduleQuery';
import { leg } from './testServices';

// Eastar Jet both ways between Almaty and Seoul, and SCAT from Shymkent to Seoul.
const services = [
	leg('ze-icn-ala', { airline: 'ZE', origin: 'ICN', destination: 'ALA' }),
	leg('ze-ala-icn', { airline: 'ZE', origin: 'ALA', destination: 'ICN' }),
	leg('dv-cit-icn', { airline: 'DV', origin: 'CIT', destination: 'ICN' })
];
const read = (search: string) => readScheduleQuery(new URLSearchParams(search), services);

describe('filters in the URL', () => {
	it('reads an airline in any case and a direction', () => {
		const query = read('airline=ze&direction=icn-ala');
		expect(query.airline).toBe('ZE');
		expect(query.direction).toEqual({ id: 'icn-ala', origin: 'ICN', destination: 'ALA' });
		expect(query.notices).toEqual([]);
		expect(read('airline=Dv&direction=CIT-ICN')).toMatchObject({ airline: 'DV', direction: { id: 'cit-icn' }, notices: [] });
	});

	it('knows only the airlines and directions its services fly', () => {
		// SCAT flies Shymkent–Seoul one way here; Air Astana not at all.
		expect(read('direction=icn-cit')).toMatchObject({ direction: null, notices: [{ kind: 'unknown-direction', value: 'icn-cit' }] });
		expect(read('airline=kc')).toMatchObject({ airline: null, notices: [{ kind: 'unknown-airline', value: 'kc' }] });
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
		expect(scheduleSearch({ airline: 'ZE', date: '2025-04-11' })).toBe('?airline=ze&date=2025-04-11');
		expect(scheduleSearch({})).toBe('');
	});
});
