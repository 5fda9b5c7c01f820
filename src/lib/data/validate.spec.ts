import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { DataError, findDataProblems, validateCatalog } from './validate';

/** A deep copy of the real catalog with one change, so each test breaks exactly one thing. */
function broken(change: (raw: any) => void) {
	// JSON, not structuredClone: records share fact objects, and a test must break only one record.
	const raw = JSON.parse(JSON.stringify(catalog));
	change(raw);
	return raw;
}
const serviceIndex = (raw: any, id: string) => raw.services.findIndex((s: any) => s.id === id);

describe('the data catalog', () => {
	it('is sound as shipped', () => {
		expect(findDataProblems(catalog)).toEqual([]);
	});

	it('names the record and field of a bad time', () => {
		const raw = broken((r) => (r.services[serviceIndex(r, 'ze-icn-ala')].times.value.departure = '25:99'));
		expect(findDataProblems(raw)).toEqual([
			{ record: 'service ze-icn-ala', field: 'times.value.departure', message: 'must be a 24-hour local time written HH:MM' }
		]);
		expect(() => validateCatalog(raw)).toThrow(/service ze-icn-ala, field times\.value\.departure/);
	});

	it('names an unknown airport', () => {
		const raw = broken((r) => (r.services[serviceIndex(r, 'kc-ala-icn')].destination = 'GMP'));
		expect(findDataProblems(raw)).toEqual([
			{ record: 'service kc-ala-icn', field: 'destination', message: 'names unknown airport "GMP"' }
		]);
	});

	it('refuses weekday 8', () => {
		const raw = broken((r) => (r.services[serviceIndex(r, 'ze-ala-icn')].daysOfOperation.value = [1, 8]));
		expect(findDataProblems(raw)).toEqual([
			{
				record: 'service ze-ala-icn',
				field: 'daysOfOperation.value.1',
				message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)'
			}
		]);
	});

	it('refuses a valid-to before valid-from', () => {
		const raw = broken((r) => {
			r.services[serviceIndex(r, 'ze-icn-ala')].validTo = { value: '2025-01-01', sources: ['newspim'], confidence: 'high' };
		});
		expect(findDataProblems(raw)).toEqual([
			{ record: 'service ze-icn-ala', field: 'validTo.value', message: '(2025-01-01) is before validFrom (2025-04-07)' }
		]);
	});

	it('refuses a fact with no source, and one naming an unknown source', () => {
		const none = broken((r) => (r.services[serviceIndex(r, 'oz-icn-ala')].flightNumber.sources = []));
		expect(findDataProblems(none)).toEqual([
			{ record: 'service oz-icn-ala', field: 'flightNumber.sources', message: 'must name at least one source' }
		]);
		const unknown = broken((r) => (r.services[serviceIndex(r, 'oz-icn-ala')].flightNumber.sources = ['rumour']));
		expect(findDataProblems(unknown)).toEqual([
			{ record: 'service oz-icn-ala', field: 'flightNumber.sources', message: 'names unknown source "rumour"' }
		]);
	});

	it('reports every problem at once, each by record', () => {
		const raw = broken((r) => {
			r.airports[0].latitude = 143;
			r.airlines[2].colour.light = 'red';
		});
		const problems = findDataProblems(raw);
		expect(problems.map((p) => `${p.record} ${p.field}`)).toEqual(['airport ALA latitude', 'airline ZE colour.light']);
		expect(() => validateCatalog(raw)).toThrow(DataError);
	});
});
