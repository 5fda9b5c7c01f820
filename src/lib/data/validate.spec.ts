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

	it('refuses a schedule fact without the date its source published it, or its season', () => {
		const raw = broken((r) => {
			delete r.services[serviceIndex(r, 'ze-icn-ala')].times.published;
			delete r.services[serviceIndex(r, 'oz-ala-icn')].flightsPerWeek[0].season;
		});
		expect(findDataProblems(raw)).toEqual([
			{ record: 'service oz-ala-icn', field: 'flightsPerWeek.0.season', message: 'is missing: a schedule fact must give the IATA season it was announced for, such as S25' },
			{ record: 'service ze-icn-ala', field: 'times.published', message: 'is missing: a schedule fact must give the date its source published it' }
		]);
		expect(() => validateCatalog(raw)).toThrow(/service ze-icn-ala, field times\.published: is missing/);
	});

	it('refuses a publication date that none of the fact’s sources carries', () => {
		const raw = broken((r) => (r.services[serviceIndex(r, 'ze-ala-icn')].daysOfOperation.published = '2026-01'));
		expect(findDataProblems(raw)).toEqual([
			{ record: 'service ze-ala-icn', field: 'daysOfOperation.published', message: '(2026-01) must be the date of its newest source (2025-04-08)' }
		]);
	});

	it('takes a later source only for a later season', () => {
		const raw = broken((r) => {
			r.services[serviceIndex(r, 'ze-ala-icn')].times.confirmedBy = [{ sources: ['sedaily'], published: '2026-01-09', season: 'S25' }];
		});
		expect(findDataProblems(raw)).toEqual([
			{ record: 'service ze-ala-icn', field: 'times.confirmedBy.0.season', message: '(S25) must come after the season it confirms (S25)' }
		]);
		const later = broken((r) => {
			r.services[serviceIndex(r, 'ze-ala-icn')].times.confirmedBy = [{ sources: ['sedaily'], published: '2026-01-09', season: 'W25' }];
		});
		expect(findDataProblems(later)).toEqual([]);
	});

	it('refuses a figure without its date, and an undated news report', () => {
		const raw = broken((r) => {
			delete r.routeFacts[0].fact.asOf;
			delete r.sources.find((s: any) => s.id === 'edaily').date;
		});
		const problems = findDataProblems(raw);
		expect(problems).toContainEqual({ record: 'route fact ala-icn-weekly-2024-06', field: 'fact.asOf', message: 'is missing: a figure must give the date it was true' });
	});

	it('names a news report without a date', () => {
		const raw = broken((r) => delete r.sources.find((s: any) => s.id === 'donga').date);
		expect(findDataProblems(raw)).toContainEqual({ record: 'source donga', field: 'date', message: 'must give the date the report was published' });
		expect(findDataProblems(raw)).toContainEqual({ record: 'service oz-ala-icn', field: 'flightNumber.sources', message: 'cites "donga", which is not a dated news report' });
	});

	it('accepts only https: links, naming the record', () => {
		for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://vecher.kz/', 'ftp://example.org/']) {
			const raw = broken((r) => (r.sources[0].url = url));
			expect(findDataProblems(raw).map((p) => `${p.record} ${p.field}`), url).toContain('source article url');
		}
		const website = broken((r) => (r.airlines[0].website = 'javascript:void(0)'));
		expect(findDataProblems(website).map((p) => `${p.record} ${p.field}`)).toContain('airline KC website');
	});
});

describe('every number a page shows traces to a dated source', () => {
	const sources = new Map(catalog.sources.map((s) => [s.id, s]));
	const dated = (ids: string[]) => ids.every((id) => sources.get(id)?.kind === 'news' && /^\d{4}/.test(sources.get(id)?.date ?? ''));

	it('dates every schedule fact and every figure, and cites a dated report for it', () => {
		let walked = 0;
		for (const service of catalog.services) {
			const facts = [service.flightNumber, service.daysOfOperation, service.times, service.aircraft, ...service.flightsPerWeek];
			for (const fact of facts) {
				if (!fact) continue;
				walked++;
				expect(fact.published, service.id).toMatch(/^\d{4}/);
				expect(fact.season, service.id).toMatch(/^[SW]\d{2}$/);
				expect(dated(fact.sources), `${service.id} ${JSON.stringify(fact.value)}`).toBe(true);
			}
			for (const fact of [service.validFrom, service.operatingSince, service.operates]) {
				if (fact) expect(dated(fact.sources), service.id).toBe(true);
			}
		}
		for (const fact of catalog.routeFacts) {
			walked++;
			expect(fact.fact.asOf, fact.id).toMatch(/^\d{4}/);
			expect(dated(fact.fact.sources), fact.id).toBe(true);
		}
		expect(walked).toBeGreaterThan(20);
	});

	it('takes positions from aeronautical data and offsets from the time-zone database', () => {
		for (const airport of catalog.airports) {
			expect(new Set(airport.sources.position.map((id) => sources.get(id)?.kind))).toEqual(new Set(['reference']));
			expect(airport.sources.position).toContain('ourairports');
			expect(airport.sources.utcOffsets).toContain('tz-database');
		}
	});
});
