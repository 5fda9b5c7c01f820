import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { OfficialSnapshotSchema, type OfficialFlight } from '$lib/data/officialSchema';
import type { Service } from '$lib/data/schema';
import {
	compareWithNews,
	diffFlights,
	foldCodeshares,
	normaliseFlightNumber,
	normaliseRows,
	parsePage,
	rowShape,
	unknownCodes,
	type OfficialRow
} from './officialSchedule';
import { unscheduled } from './testServices';

// Small answers of our own, in the documented shapes: never the live catalog.
const answer = (items: unknown, totalCount = 1, resultCode = '00') =>
	JSON.stringify({ response: { header: { resultCode, resultMsg: 'NORMAL SERVICE.' }, body: { items, numOfRows: 10, pageNo: 1, totalCount } } });

const v1Row = (over: Record<string, string> = {}) => ({
	airline: '아시아나항공',
	airport: '알마티',
	airportcode: 'ALA',
	flightid: 'OZ577',
	st: '1010',
	firstdate: '20261025',
	lastdate: '20270327',
	season: 'W26',
	monday: 'Y',
	tuesday: 'N',
	wednesday: 'Y',
	thursday: 'N',
	friday: 'Y',
	saturday: 'N',
	sunday: 'N',
	...over
});
const v2Row = (over: Record<string, string> = {}) => ({
	codeshare: 'Master',
	masterFlightId: '',
	flightId: 'KC910',
	st: '1805',
	season: 'W26',
	firstdate: '20261025',
	lastdate: '20270327',
	ynMon: 'Y',
	ynTue: 'Y',
	ynWed: 'Y',
	ynThu: 'Y',
	ynFri: 'Y',
	ynSat: 'Y',
	ynSun: 'Y',
	terminalId: 'P01',
	airline: 'Air Astana',
	airlineCode: 'KC',
	airport: 'Almaty',
	airportCode: 'ALA',
	...over
});
const kacRow = (over: Record<string, string> = {}) => ({
	airlineKorean: '이스타항공',
	internationalNum: 'ZE 631',
	internationalTime: '1855',
	internationalIoType: 'OUT',
	airportCode: 'PUS',
	cityCode: 'ALA',
	internationalStdate: '20261025',
	internationalEddate: '20270327',
	internationalMon: 'Y',
	internationalTue: 'N',
	internationalWed: 'N',
	internationalThu: 'N',
	internationalFri: 'Y',
	internationalSat: 'N',
	internationalSun: 'N',
	...over
});

const kazakh = new Set(['ALA', 'NQZ', 'CIT', 'GUW']);
const keep = (iata: string) => kazakh.has(iata);

const flight = (over: Partial<OfficialFlight> = {}): OfficialFlight => ({
	flightNumber: 'OZ577',
	airline: 'OZ',
	direction: 'departure',
	otherAirport: 'ALA',
	time: '10:10',
	weekdays: [1, 3, 5],
	firstDate: '2026-10-25',
	lastDate: '2027-03-27',
	season: 'W26',
	codeshares: [],
	...over
});

const fact = <T>(value: T) => ({ value, sources: ['s'], confidence: 'high' as const, published: '2026-01', season: 'W26' });
const service = unscheduled;

describe('parsePage', () => {
	it('reads items as a list, as {item: list}, as {item: row} and as one row', () => {
		for (const items of [[v1Row()], { item: [v1Row()] }, { item: v1Row() }, v1Row()]) {
			const page = parsePage(answer(items));
			expect(page.ok && page.rows.map((r) => r.flightid)).toEqual(['OZ577']);
		}
	});

	it('reads an empty page as no rows', () => {
		expect(parsePage(answer('', 0))).toEqual({ ok: true, rows: [], totalCount: 0, pageNo: 1 });
	});

	it('names the portal’s XML refusal, sent even when JSON was asked for', () => {
		const xml =
			'<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>';
		const page = parsePage(xml);
		expect(page.ok).toBe(false);
		expect(!page.ok && page.problem).toEqual({
			kind: 'portal-error',
			detail: 'the portal refused the request: SERVICE_KEY_IS_NOT_REGISTERED_ERROR (code 30)'
		});
	});

	it('refuses a resultCode other than 00, and answers in neither documented shape', () => {
		const bad = parsePage(answer([], 0, '99'));
		expect(!bad.ok && bad.problem.kind).toBe('result-code');
		expect(!bad.ok && bad.problem.detail).toContain('resultCode 99');
		for (const text of ['{"data":[]}', 'not json', answer(['a string']), '{"response":{"header":{"resultCode":"00"},"body":{}}}']) {
			const page = parsePage(text);
			expect(!page.ok && page.problem.kind).toBe('unknown-shape');
		}
	});
});

describe('normaliseRows', () => {
	it('knows each answer by its fields', () => {
		expect([rowShape(v1Row()), rowShape(v2Row()), rowShape(kacRow()), rowShape({ flight: 'x' })]).toEqual(['incheon-v1', 'incheon-v2', 'kac', null]);
	});

	it('normalises Incheon’s first generation and keeps only the Kazakh rows', () => {
		const rows = [v1Row(), v1Row({ airportcode: 'NRT', flightid: 'OZ102' })];
		const result = normaliseRows(rows, { direction: 'departure', koreanAirport: 'ICN', keep });
		expect(result).toEqual({
			ok: true,
			otherAirports: 1,
			rows: [{ ...flight(), codeshareOf: null }]
		});
	});

	it('normalises the second generation with its terminal and the codeshare it sells', () => {
		const rows = [v2Row(), v2Row({ codeshare: 'Slave', masterFlightId: 'KC910', flightId: 'OZ6910', airlineCode: 'OZ' })];
		const result = normaliseRows(rows, { direction: 'arrival', koreanAirport: 'ICN', keep });
		expect(result.ok && result.rows.map((r) => [r.flightNumber, r.airline, r.direction, r.time, r.weekdays.length, r.terminal, r.codeshareOf])).toEqual([
			['KC910', 'KC', 'arrival', '18:05', 7, 'P01', null],
			['OZ6910', 'OZ', 'arrival', '18:05', 7, 'P01', 'KC910']
		]);
	});

	it('normalises KAC’s rows: the direction from the row, the other airport whichever field holds it, no season', () => {
		const rows = [kacRow(), kacRow({ internationalIoType: 'IN', internationalNum: 'ZE632', airportCode: 'ALA', cityCode: 'PUS', internationalTime: '09:35' })];
		const result = normaliseRows(rows, { direction: null, koreanAirport: 'PUS', keep });
		expect(result.ok && result.rows.map((r) => [r.flightNumber, r.direction, r.otherAirport, r.time, r.weekdays, r.season])).toEqual([
			['ZE631', 'departure', 'ALA', '18:55', [1, 5], null],
			['ZE632', 'arrival', 'ALA', '09:35', [1, 5], null]
		]);
		// Gimpo's row, Tokyo bound, is neither Busan's nor Kazakhstan's.
		const gimpo = normaliseRows([kacRow({ airportCode: 'GMP', cityCode: 'HND' }), kacRow({ airportCode: 'GMP', cityCode: 'ALA' })], { direction: null, koreanAirport: 'PUS', keep });
		expect(gimpo).toEqual({ ok: true, rows: [], otherAirports: 2 });
	});

	it('stops on a kept row it cannot read, naming the row and the field, and guesses nothing', () => {
		const options = { direction: 'departure' as const, koreanAirport: 'ICN', keep };
		expect(normaliseRows([v1Row(), v1Row({ st: '25:70' })], options)).toEqual({ ok: false, row: 2, detail: 'OZ577: the scheduled time is not HHmm' });
		expect(normaliseRows([v1Row({ friday: 'maybe' })], options)).toMatchObject({ ok: false, detail: 'OZ577: friday is "MAYBE", not Y or N' });
		expect(normaliseRows([{ other: 1 }], options)).toMatchObject({ ok: false, row: 1 });
		expect(normaliseRows([v2Row({ codeshare: 'Slave' })], options)).toMatchObject({ ok: false, detail: expect.stringContaining('masterFlightId') });
		expect(normaliseRows([kacRow({ internationalIoType: 'X' })], { ...options, koreanAirport: 'PUS' })).toMatchObject({ ok: false });
	});

	it('writes flight numbers without spaces, keeping leading zeros', () => {
		expect([normaliseFlightNumber('oz 577'), normaliseFlightNumber('KC0910'), normaliseFlightNumber('OZ-577'), normaliseFlightNumber('')]).toEqual([
			'OZ577',
			'KC0910',
			null,
			null
		]);
	});
});

describe('foldCodeshares', () => {
	const row = (over: Partial<OfficialRow>): OfficialRow => ({ ...flight(), codeshareOf: null, ...over });

	it('folds a sale into the flight that operates it, sorted, and names a sale whose flight is missing', () => {
		const { flights, orphans } = foldCodeshares([
			row({ flightNumber: 'ZE6577', airline: 'ZE', codeshareOf: 'OZ577' }),
			row({ flightNumber: 'KC2577', airline: 'KC', codeshareOf: 'OZ577' }),
			row({}),
			row({ flightNumber: 'OZ9999', codeshareOf: 'OZ1' })
		]);
		expect(flights).toEqual([flight({ codeshares: ['KC2577', 'ZE6577'] })]);
		expect(orphans.map((o) => o.flightNumber)).toEqual(['OZ9999']);
	});

	it('sorts by direction, other airport, flight number and first date, and drops exact repeats', () => {
		const { flights } = foldCodeshares([
			row({ direction: 'departure', otherAirport: 'NQZ', flightNumber: 'KC920', airline: 'KC' }),
			row({ direction: 'arrival', otherAirport: 'ALA', flightNumber: 'OZ578' }),
			row({ firstDate: '2027-01-01' }),
			row({}),
			row({})
		]);
		expect(flights.map((f) => `${f.direction} ${f.otherAirport} ${f.flightNumber} ${f.firstDate}`)).toEqual([
			'arrival ALA OZ578 2026-10-25',
			'departure ALA OZ577 2026-10-25',
			'departure ALA OZ577 2027-01-01',
			'departure NQZ KC920 2026-10-25'
		]);
	});

	it('makes flights the snapshot schema accepts', () => {
		const { flights } = foldCodeshares([row({ terminal: 'T1' })]);
		const snapshot = {
			source: 'incheon',
			airport: 'ICN',
			publisher: 'Incheon International Airport Corporation',
			dataset: 'data.go.kr 15095059',
			endpoints: ['https://apis.data.go.kr/B551177/PaxFltSched/getPaxFltSchedDepartures'],
			fetched: '2026-12-02T03:00:00Z',
			flights
		};
		expect(v.safeParse(OfficialSnapshotSchema, snapshot).success).toBe(true);
		expect(v.safeParse(OfficialSnapshotSchema, { ...snapshot, endpoints: ['https://x.example/a?serviceKey=abc'] }).success).toBe(false);
		expect(v.safeParse(OfficialSnapshotSchema, { ...snapshot, airport: 'PUS' }).success).toBe(false);
	});
});

describe('diffFlights', () => {
	it('names flights added, dropped and changed, per route', () => {
		const before = [flight(), flight({ flightNumber: 'KC909', airline: 'KC', direction: 'arrival' }), flight({ otherAirport: 'NQZ', flightNumber: 'KC920', airline: 'KC' })];
		const after = [
			flight({ time: '10:40', weekdays: [2, 4] }),
			flight({ flightNumber: 'KC0909', airline: 'KC', direction: 'arrival' }),
			flight({ otherAirport: 'CIT', flightNumber: 'DV821', airline: 'DV' })
		];
		const changes = diffFlights(before, after, 'ICN');
		expect(changes.map((c) => [c.kind, c.route, c.flight.flightNumber, c.changes])).toEqual([
			['changed', 'ICN–ALA', 'KC0909', ['flight number KC909 → KC0909']],
			['changed', 'ICN–ALA', 'OZ577', ['time 10:10 → 10:40', 'days Mon Wed Fri → Tue Thu']],
			['added', 'ICN–CIT', 'DV821', []],
			['dropped', 'ICN–NQZ', 'KC920', []]
		]);
	});

	it('finds nothing between a snapshot and itself, and everything is new against none', () => {
		expect(diffFlights([flight()], [flight()], 'ICN')).toEqual([]);
		expect(diffFlights([], [flight()], 'ICN').map((c) => c.kind)).toEqual(['added']);
	});
});

describe('compareWithNews', () => {
	it('matches by airline and leg, by flight number when both have one, and compares days and Korean-side time', () => {
		const services = [
			service({ id: 'oz-icn-ala', flightNumber: fact('OZ577') }),
			service({
				id: 'ze-icn-ala',
				airline: 'ZE',
				daysOfOperation: fact([1, 5]),
				times: fact({ departure: '19:30', arrival: '22:45', arrivalDayOffset: 0 as const })
			}),
			service({
				id: 'ze-ala-icn',
				airline: 'ZE',
				origin: 'ALA',
				destination: 'ICN',
				daysOfOperation: fact([1, 5]),
				times: fact({ departure: '23:45', arrival: '09:50', arrivalDayOffset: 1 as const })
			}),
			service({ id: 'kc-icn-nqz', airline: 'KC', destination: 'NQZ' }),
			service({ id: 'ze-pus-ala', airline: 'ZE', origin: 'PUS' })
		];
		const flights = [
			flight(),
			flight({ flightNumber: 'ZE603', airline: 'ZE', time: '19:40', weekdays: [1, 5] }),
			// Leaves Almaty on Monday and Friday night, lands at Incheon on Tuesday and Saturday.
			flight({ flightNumber: 'ZE604', airline: 'ZE', direction: 'arrival', time: '09:50', weekdays: [2, 6] }),
			flight({ flightNumber: 'DV821', airline: 'DV', otherAirport: 'CIT' })
		];
		const result = compareWithNews(flights, 'ICN', services);
		const byKind = (kind: string) => result.filter((c) => c.kind === kind).map((c) => c.flight?.flightNumber ?? c.service?.id);
		expect(byKind('agrees')).toEqual(['OZ577', 'ZE604']);
		expect(byKind('differs')).toEqual(['ZE603']);
		expect(result.find((c) => c.flight?.flightNumber === 'ZE603')?.notes).toContain('time at ICN: news 19:30, airport 19:40');
		expect(byKind('official-only')).toEqual(['DV821']);
		// Busan's service is not Incheon's to confirm or deny.
		expect(byKind('news-only')).toEqual(['kc-icn-nqz']);
	});

	it('compares a row with the news timetable of its own period, and takes an ended one for history', () => {
		const summer = service({ id: 'dv-icn-cit-s25', airline: 'DV', destination: 'CIT', validTo: fact('2025-10-25'), times: fact({ departure: '06:55', arrival: null, arrivalDayOffset: null }) });
		const winter = service({ id: 'dv-icn-cit-w26', airline: 'DV', destination: 'CIT', validFrom: fact('2026-10-25'), times: fact({ departure: '14:00', arrival: null, arrivalDayOffset: null }) });
		const result = compareWithNews([flight({ flightNumber: 'DV822', airline: 'DV', otherAirport: 'CIT', time: '14:00' })], 'ICN', [summer, winter]);
		expect(result.map((c) => [c.kind, c.service?.id])).toEqual([['agrees', 'dv-icn-cit-w26']]);
	});

	it('names a flight number the news gives otherwise', () => {
		const result = compareWithNews([flight({ flightNumber: 'OZ575' })], 'ICN', [service({ id: 'oz-icn-ala', flightNumber: fact('OZ577') })]);
		expect(result.map((c) => [c.kind, c.notes])).toEqual([['differs', ['the news numbers this leg OZ577 (oz-icn-ala), the airport OZ575']]]);
	});
});

describe('unknownCodes', () => {
	it('names the airlines and airports the data does not know, with their flights', () => {
		const flights = [flight(), flight({ flightNumber: 'FS7177', airline: 'FS', otherAirport: 'GUW' }), flight({ flightNumber: 'FS7178', airline: 'FS', direction: 'arrival', otherAirport: 'GUW' })];
		expect(unknownCodes(flights, { airlines: new Set(['OZ', 'KC']), airports: new Set(['ALA', 'ICN']) })).toEqual({
			airlines: [{ code: 'FS', flights: ['FS7177', 'FS7178'] }],
			airports: [{ code: 'GUW', flights: ['FS7177', 'FS7178'] }]
		});
	});
});
