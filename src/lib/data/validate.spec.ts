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
			r.services[serviceIndex(r, 'ze-icn-ala')].validTo = { value: '2025-01-01', sources: ['newspim'], confidence: 'medium', published: '2025-04-08', season: 'S25' };
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
		expect(findDataProblems(raw)).toContainEqual({ record: 'service oz-ala-icn', field: 'flightNumber.sources', message: 'cites "donga", which is not a dated news report or airline announcement' });
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

/**
 * A small catalog of its own: two airports, one airline, one service whose departure date rests on
 * `sources`, one route fact. Not the live data, so that a correction there cannot change these tests.
 */
function fixture(validFrom: { sources: string[]; confidence: 'high' | 'medium' | 'low' }) {
	const names = (en: string) => ({ en, ru: en, kk: en, ko: en });
	const news = (id: string, publisher: string) => ({
		id, kind: 'news', publisher: names(publisher), url: `https://example.org/${id}`, date: '2025-05-16', language: 'ko'
	});
	const airport = (iata: string, icao: string, latitude: number) => ({
		iata, icao, name: names(iata), city: names(iata), country: 'KZ', latitude, longitude: 70, elevationMetres: 400,
		timeZone: 'Asia/Almaty', utcOffsets: [{ since: '2024-03-01', minutes: 300 }],
		sources: { position: ['airport-data'], utcOffsets: ['airport-data'] }
	});
	return {
		sourcesSearched: '2026-12-02',
		sources: [
			news('mk', 'Maeil Business Newspaper'),
			news('gtn', 'Global Travel News'),
			news('gtn-2025', 'Global Travel News'),
			{ id: 'scat-press', kind: 'airline', publisher: names('SCAT Airlines'), url: 'https://example.org/scat', date: '2025-05-14', language: 'ru' },
			{ id: 'airport-data', kind: 'reference', publisher: names('OurAirports'), url: 'https://example.org/airports', language: 'en' }
		],
		airports: [airport('CIT', 'UAII', 42.36), airport('NQZ', 'UACC', 51.02)],
		airlines: [{ iata: 'DV', icao: 'VSV', name: names('SCAT'), country: 'KZ', colour: { light: '#004a99', dark: '#7fb2ff' }, website: 'https://scat.kz' }],
		services: [
			{
				id: 'dv-cit-nqz', airline: 'DV', origin: 'CIT', destination: 'NQZ',
				operates: { value: true, sources: ['mk'], confidence: 'medium', published: '2025-05-16', season: 'S25' },
				flightNumber: null, daysOfOperation: null, times: null, aircraft: null,
				validFrom: { value: '2025-05-29', ...validFrom, published: validFrom.sources.includes('scat-press') ? '2025-05-14' : '2025-05-16', season: 'S25' },
				validTo: null, operatingSince: null, flightsPerWeek: []
			}
		],
		routeFacts: [
			{ id: 'cit-nqz-weekly', scope: { airports: ['CIT', 'NQZ'] }, kind: 'weekly-flights', fact: { value: 2, sources: ['gtn'], confidence: 'medium', asOf: '2025-05' } }
		],
		notices: []
	};
}

describe('confidence as the about page defines it', () => {
	const high = (...sources: string[]) => fixture({ sources, confidence: 'high' });

	it('the fixture itself is sound', () => {
		expect(findDataProblems(fixture({ sources: ['mk'], confidence: 'medium' }))).toEqual([]);
	});

	it('refuses "high" on one news report, naming the record and field', () => {
		expect(findDataProblems(high('mk'))).toEqual([
			{
				record: 'service dv-cit-nqz',
				field: 'validFrom.confidence',
				message: 'is "high" but rests on one news report (mk): high needs an airline\'s own announcement or several independent reports'
			}
		]);
		expect(() => validateCatalog(high('mk'))).toThrow(/service dv-cit-nqz, field validFrom\.confidence: is "high" but rests on one news report \(mk\)/);
	});

	it('takes two reports by different publishers, or the airline\'s own announcement, as high', () => {
		expect(findDataProblems(high('mk', 'gtn'))).toEqual([]);
		expect(findDataProblems(high('scat-press'))).toEqual([]);
	});

	it('keeps medium on one report', () => {
		expect(findDataProblems(fixture({ sources: ['gtn'], confidence: 'medium' }))).toEqual([]);
	});

	it('does not count one publisher twice, nor the same report cited twice', () => {
		expect(findDataProblems(high('gtn', 'gtn-2025')).map((p) => p.message)).toEqual([
			'is "high" but rests on reports by one publisher only (gtn, gtn-2025): high needs an airline\'s own announcement or several independent reports'
		]);
		expect(findDataProblems(high('mk', 'mk')).map((p) => p.field)).toEqual(['validFrom.confidence']);
	});

	it('checks every fact with a confidence, wherever it sits: route facts, weekly frequencies, notices, fields added later', () => {
		const raw: any = fixture({ sources: ['mk'], confidence: 'medium' });
		raw.routeFacts[0].fact.confidence = 'high';
		raw.services[0].flightsPerWeek = [
			{ value: 2, sources: ['mk', 'gtn'], confidence: 'high', published: '2025-05-16', season: 'S25' },
			{ value: 3, sources: ['gtn'], confidence: 'high', published: '2025-05-16', season: 'W25' }
		];
		expect(findDataProblems(raw).map((p) => `${p.record} ${p.field}`)).toEqual([
			'service dv-cit-nqz flightsPerWeek.1.confidence',
			'route fact cit-nqz-weekly fact.confidence'
		]);
		// A field no list in the validator names is checked all the same.
		raw.services[0].flightsPerWeek = [];
		raw.routeFacts[0].fact.confidence = 'medium';
		raw.services[0].operates = { ...raw.services[0].operates, confidence: 'high' };
		expect(findDataProblems(raw).map((p) => `${p.record} ${p.field}`)).toEqual(['service dv-cit-nqz operates.confidence']);
	});

	it('dates an airline announcement like a news report', () => {
		const raw: any = high('scat-press');
		delete raw.sources.find((s: any) => s.id === 'scat-press').date;
		expect(findDataProblems(raw)).toContainEqual({ record: 'source scat-press', field: 'date', message: 'must give the date the airline announced it' });
		expect(findDataProblems(raw)).toContainEqual({
			record: 'service dv-cit-nqz',
			field: 'validFrom.sources',
			message: 'cites "scat-press", which is not a dated news report or airline announcement'
		});
	});
});

describe('every number a page shows traces to a dated source', () => {
	const sources = new Map(catalog.sources.map((s) => [s.id, s]));
	const dated = (ids: string[]) =>
		ids.every((id) => ['news', 'airline'].includes(sources.get(id)?.kind ?? '') && /^\d{4}/.test(sources.get(id)?.date ?? ''));

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
