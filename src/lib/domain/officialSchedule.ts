/**
 * The airports' official season schedules (Korea's public data portal, data.go.kr) turned into
 * snapshot flights, and what changed: one page of an answer parsed, both generations of Incheon's
 * rows and Korea Airports Corporation's normalised, codeshare sales folded into the flight that
 * operates them, the Kazakh rows kept, two snapshots compared, and a snapshot compared with the news.
 * Pure: the fetching, the files and the printing are `scripts/data-import.js`'s.
 */
import type { OfficialFlight } from '$lib/data/officialSchema';
import type { Service } from '$lib/data/schema';

type Raw = Record<string, unknown>;
export type Direction = OfficialFlight['direction'];

/** Why a page cannot be used. Every one stops the import. */
export interface PageProblem {
	kind: 'portal-error' | 'result-code' | 'unknown-shape';
	detail: string;
}

export type ParsedPage =
	| { ok: true; rows: Raw[]; totalCount: number; pageNo: number | null }
	| { ok: false; problem: PageProblem };

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const xmlField = (xml: string, tag: string) => xml.match(new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`))?.[1] ?? null;
const integer = (value: unknown): number | null => {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
};

/**
 * One page of an answer, as the portal sent it, read into its rows.
 * `parsePage('{"response":{"header":{"resultCode":"00"},"body":{"totalCount":1,"items":{"item":{"flightid":"OZ577"}}}}}')`
 * → `{ ok: true, rows: [{ flightid: 'OZ577' }], totalCount: 1, pageNo: null }`
 */
export function parsePage(text: string): ParsedPage {
	const trimmed = text.trim();
	// The gateway answers errors in XML even when JSON was asked for.
	if (trimmed.startsWith('<')) {
		if (trimmed.includes('<OpenAPI_ServiceResponse')) {
			const reason = xmlField(trimmed, 'returnAuthMsg') ?? xmlField(trimmed, 'errMsg') ?? 'no reason given';
			const code = xmlField(trimmed, 'returnReasonCode');
			return { ok: false, problem: { kind: 'portal-error', detail: `the portal refused the request: ${reason}${code ? ` (code ${code})` : ''}` } };
		}
		const code = xmlField(trimmed, 'resultCode');
		if (code !== null && code !== '00') {
			return { ok: false, problem: { kind: 'result-code', detail: `resultCode ${code} (${xmlField(trimmed, 'resultMsg') ?? 'no message'})` } };
		}
		return { ok: false, problem: { kind: 'unknown-shape', detail: 'an XML answer where JSON was asked for' } };
	}
	let json: unknown;
	try {
		json = JSON.parse(trimmed);
	} catch {
		return { ok: false, problem: { kind: 'unknown-shape', detail: 'the answer is neither JSON nor the portal’s XML error' } };
	}
	const response = isObject(json) ? json.response : undefined;
	const header = isObject(response) ? response.header : undefined;
	const body = isObject(response) ? response.body : undefined;
	if (!isObject(header) || header.resultCode === undefined) {
		return { ok: false, problem: { kind: 'unknown-shape', detail: 'no response.header.resultCode in the answer' } };
	}
	if (String(header.resultCode) !== '00') {
		return { ok: false, problem: { kind: 'result-code', detail: `resultCode ${String(header.resultCode)} (${String(header.resultMsg ?? 'no message')})` } };
	}
	const totalCount = isObject(body) ? integer(body.totalCount) : null;
	if (!isObject(body) || totalCount === null) {
		return { ok: false, problem: { kind: 'unknown-shape', detail: 'no response.body.totalCount in the answer' } };
	}
	const rows = itemsOf(body.items);
	if (rows === null) return { ok: false, problem: { kind: 'unknown-shape', detail: 'response.body.items is neither a list, {item: …} nor one row' } };
	return { ok: true, rows, totalCount, pageNo: integer(body.pageNo) };
}

/** `items` comes as a list, as `{item: list}`, as `{item: row}`, as one row, or empty when there are none. */
function itemsOf(items: unknown): Raw[] | null {
	if (items === undefined || items === null || items === '') return [];
	const list = isObject(items) && 'item' in items ? items.item : items;
	if (list === '' || list === undefined || list === null) return [];
	const rows = Array.isArray(list) ? list : [list];
	return rows.every(isObject) ? rows : null;
}

/** Which answer a row comes from, by its fields. */
export type RowShape = 'incheon-v1' | 'incheon-v2' | 'kac';

/** `rowShape({ flightid: 'OZ577' })` → `'incheon-v1'` */
export function rowShape(row: Raw): RowShape | null {
	if ('flightid' in row) return 'incheon-v1';
	if ('flightId' in row) return 'incheon-v2';
	if ('internationalNum' in row) return 'kac';
	return null;
}

/** A normalised row: a flight, or a codeshare sale of the flight `codeshareOf`. */
export type OfficialRow = OfficialFlight & { codeshareOf: string | null };

export type NormalisedRows =
	/** `otherAirports`: how many rows were of other airports (not Kazakh, or not this Korean airport's). */
	| { ok: true; rows: OfficialRow[]; otherAirports: number }
	| { ok: false; row: number; detail: string };

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const WEEKDAY_FIELDS: Record<RowShape, string[]> = {
	'incheon-v1': ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
	'incheon-v2': ['ynMon', 'ynTue', 'ynWed', 'ynThu', 'ynFri', 'ynSat', 'ynSun'],
	kac: ['internationalMon', 'internationalTue', 'internationalWed', 'internationalThu', 'internationalFri', 'internationalSat', 'internationalSun']
};

/** `normaliseFlightNumber('oz 577')` → `'OZ577'`; null when it does not look like a flight number. */
export function normaliseFlightNumber(value: unknown): string | null {
	const n = str(value).replace(/\s+/g, '').toUpperCase();
	return /^[A-Z0-9]{2}\d{1,5}[A-Z]?$/.test(n) ? n : null;
}

/** `'0930'`, `'09:30'` → `'09:30'`; null otherwise. */
function normaliseTime(value: unknown): string | null {
	const digits = str(value).replace(':', '');
	const m = digits.match(/^([01]\d|2[0-3])([0-5]\d)$/);
	return m ? `${m[1]}:${m[2]}` : null;
}

/** `'20261025'`, `'2026-10-25'`, `'2026-10-25T00:00:00'` → `'2026-10-25'`; null otherwise. */
function normaliseDate(value: unknown): string | null {
	const m = str(value).match(/^(\d{4})-?(\d{2})-?(\d{2})(T[\d:]+)?$/);
	if (!m) return null;
	const iso = `${m[1]}-${m[2]}-${m[3]}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/**
 * The other airport's IATA code of a row; `ours: false` for a row of another Korean airport; null
 * when the row names no airport.
 */
function otherAirportOf(row: Raw, shape: RowShape, koreanAirport: string): { code: string; ours: boolean } | null {
	if (shape !== 'kac') {
		const code = str(shape === 'incheon-v1' ? row.airportcode : row.airportCode).toUpperCase();
		return code ? { code, ours: true } : null;
	}
	// KAC's answers name their own airport and the other city; which field holds which is read from
	// the codes rather than assumed, so a row of another Korean airport is never taken for ours.
	const own = str(row.airportCode).toUpperCase();
	const city = str(row.cityCode).toUpperCase();
	if (!own || !city) return null;
	if (own === koreanAirport) return { code: city, ours: true };
	if (city === koreanAirport) return { code: own, ours: true };
	return { code: own, ours: false };
}

/**
 * The rows of one endpoint whose other airport `keep` accepts, normalised. Incheon's endpoints are
 * one direction each (`direction`); KAC's rows say theirs (`internationalIoType`). A kept row that
 * lacks a field or gives one in an unknown form stops the import: nothing is guessed.
 * `normaliseRows([{ flightid: 'OZ577', airportcode: 'ALA', st: '1010', … }], { direction: 'departure', koreanAirport: 'ICN', keep: (c) => c === 'ALA' })`
 * → `{ ok: true, rows: [{ flightNumber: 'OZ577', time: '10:10', … }], otherAirports: 0 }`
 */
export function normaliseRows(
	rows: readonly Raw[],
	options: { direction: Direction | null; koreanAirport: string; keep: (iata: string) => boolean }
): NormalisedRows {
	const out: OfficialRow[] = [];
	let otherAirports = 0;
	for (const [index, row] of rows.entries()) {
		const fail = (detail: string): NormalisedRows => ({ ok: false, row: index + 1, detail });
		const shape = rowShape(row);
		if (!shape) return fail(`a row in neither documented shape (fields: ${Object.keys(row).slice(0, 8).join(', ') || 'none'})`);
		const airport = otherAirportOf(row, shape, options.koreanAirport);
		if (!airport) return fail(`a row without the other airport's code (${shape})`);
		const other = airport.code;
		if (!airport.ours || !options.keep(other)) {
			otherAirports++;
			continue;
		}
		const flightNumber = normaliseFlightNumber(shape === 'incheon-v1' ? row.flightid : shape === 'incheon-v2' ? row.flightId : row.internationalNum);
		if (!flightNumber) return fail(`flight number "${str(row.flightid ?? row.flightId ?? row.internationalNum)}" is not a flight number`);
		let direction = options.direction;
		if (shape === 'kac') {
			const io = str(row.internationalIoType).toUpperCase();
			direction = io === 'OUT' ? 'departure' : io === 'IN' ? 'arrival' : null;
			if (!direction) return fail(`${flightNumber}: internationalIoType "${io}" is neither OUT nor IN`);
		}
		if (!direction) return fail(`${flightNumber}: no direction`);
		const time = normaliseTime(shape === 'kac' ? row.internationalTime : row.st);
		if (!time) return fail(`${flightNumber}: the scheduled time is not HHmm`);
		const firstDate = normaliseDate(shape === 'kac' ? row.internationalStdate : row.firstdate);
		const lastDate = normaliseDate(shape === 'kac' ? row.internationalEddate : row.lastdate);
		if (!firstDate || !lastDate) return fail(`${flightNumber}: the first or last date is not YYYYMMDD`);
		if (lastDate < firstDate) return fail(`${flightNumber}: the last date ${lastDate} is before the first ${firstDate}`);
		const weekdays: number[] = [];
		for (const [i, field] of WEEKDAY_FIELDS[shape].entries()) {
			const flag = str(row[field]).toUpperCase();
			if (flag === 'Y') weekdays.push(i + 1);
			else if (flag !== 'N' && flag !== '') return fail(`${flightNumber}: ${field} is "${flag}", not Y or N`);
		}
		if (weekdays.length === 0) return fail(`${flightNumber}: no weekday is Y`);
		const season = str(row.season).toUpperCase();
		if (season && !/^[SW]\d{2}$/.test(season)) return fail(`${flightNumber}: season "${season}" is not an IATA season`);
		const code = str(row.airlineCode).toUpperCase();
		const airline = /^[A-Z0-9]{2}$/.test(code) ? code : flightNumber.slice(0, 2);
		const isSlave = shape === 'incheon-v2' && str(row.codeshare).toLowerCase() === 'slave';
		const master = isSlave ? normaliseFlightNumber(row.masterFlightId) : null;
		if (isSlave && !master) return fail(`${flightNumber}: a codeshare ("Slave") row without masterFlightId`);
		const terminal = str(row.terminalId ?? row.terminalid);
		out.push({
			flightNumber,
			airline,
			direction,
			otherAirport: other,
			time,
			weekdays,
			firstDate,
			lastDate,
			season: season || null,
			codeshares: [],
			...(terminal ? { terminal } : {}),
			codeshareOf: master
		});
	}
	return { ok: true, rows: out, otherAirports };
}

const overlaps = (a: OfficialFlight, b: OfficialFlight) => a.firstDate <= b.lastDate && b.firstDate <= a.lastDate;

/** The order of a snapshot's flights: direction, other airport, flight number, first date. `[oz577, kc909].sort(compareFlights)` → `[kc909, oz577]` (arrivals first). */
export function compareFlights(a: OfficialFlight, b: OfficialFlight): number {
	const key = (f: OfficialFlight) => [f.direction, f.otherAirport, f.flightNumber, f.firstDate, f.time];
	const [x, y] = [key(a), key(b)];
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
	return 0;
}

/**
 * Codeshare sales folded into the flights that operate them (same flight number as the sale's
 * master, same direction and airport, overlapping dates), the flights sorted and exact repeats
 * dropped. A sale whose flight is not in the answer is returned as an orphan, to be named.
 * `foldCodeshares([oz577, { ...kc2577, codeshareOf: 'OZ577' }]).flights[0].codeshares` → `['KC2577']`
 */
export function foldCodeshares(rows: readonly OfficialRow[]): { flights: OfficialFlight[]; orphans: OfficialRow[] } {
	const flights = new Map<string, OfficialFlight>();
	for (const { codeshareOf, ...flight } of rows) {
		if (codeshareOf === null) flights.set(JSON.stringify(flight), { ...flight, codeshares: [] });
	}
	const orphans: OfficialRow[] = [];
	for (const sale of rows) {
		if (sale.codeshareOf === null) continue;
		const operating = [...flights.values()].filter(
			(f) => f.flightNumber === sale.codeshareOf && f.direction === sale.direction && f.otherAirport === sale.otherAirport && overlaps(f, sale)
		);
		if (operating.length === 0) orphans.push(sale);
		for (const f of operating) if (!f.codeshares.includes(sale.flightNumber)) f.codeshares.push(sale.flightNumber);
	}
	const sorted = [...flights.values()].map((f) => ({ ...f, codeshares: [...f.codeshares].sort() })).sort(compareFlights);
	return { flights: sorted, orphans };
}

/** One flight added, dropped or changed between two snapshots. */
export interface FlightChange {
	kind: 'added' | 'dropped' | 'changed';
	/** `ICN–ALA`: the Korean airport first, whichever the direction. */
	route: string;
	flight: OfficialFlight;
	before: OfficialFlight | null;
	/** What changed, in words: `time 10:10 → 10:40`. */
	changes: string[];
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** `formatWeekdays([1, 5])` → `'Mon Fri'` */
export function formatWeekdays(days: readonly number[]): string {
	return days.map((d) => DAY_NAMES[d - 1] ?? `day ${d}`).join(' ');
}

/** What differs between two versions of one flight, in words. */
function flightDifferences(a: OfficialFlight, b: OfficialFlight): string[] {
	const changes: string[] = [];
	if (a.flightNumber !== b.flightNumber) changes.push(`flight number ${a.flightNumber} → ${b.flightNumber}`);
	if (a.time !== b.time) changes.push(`time ${a.time} → ${b.time}`);
	if (a.weekdays.join() !== b.weekdays.join()) changes.push(`days ${formatWeekdays(a.weekdays)} → ${formatWeekdays(b.weekdays)}`);
	if (a.firstDate !== b.firstDate || a.lastDate !== b.lastDate) changes.push(`dates ${a.firstDate}…${a.lastDate} → ${b.firstDate}…${b.lastDate}`);
	if (a.season !== b.season) changes.push(`season ${a.season ?? 'none'} → ${b.season ?? 'none'}`);
	if (a.codeshares.join() !== b.codeshares.join()) changes.push(`codeshares ${a.codeshares.join(' ') || 'none'} → ${b.codeshares.join(' ') || 'none'}`);
	if (a.terminal !== b.terminal) changes.push(`terminal ${a.terminal ?? 'none'} → ${b.terminal ?? 'none'}`);
	return changes;
}

/**
 * The flights added, dropped and changed from one snapshot's flights to the next, route by route.
 * A flight is the same flight when its direction, other airport and flight number agree (its first
 * date too, where the airport lists several periods); failing that, the same airline's one flight
 * on the same leg is taken as renumbered.
 * `diffFlights([oz577At1010], [oz577At1040], 'ICN')` → `[{ kind: 'changed', route: 'ICN–ALA', changes: ['time 10:10 → 10:40'], … }]`
 */
export function diffFlights(before: readonly OfficialFlight[], after: readonly OfficialFlight[], koreanAirport: string): FlightChange[] {
	const left = [...before];
	const right = [...after];
	const pairs: [OfficialFlight, OfficialFlight][] = [];
	const keys: ((f: OfficialFlight) => string)[] = [
		(f) => [f.direction, f.otherAirport, f.flightNumber, f.firstDate].join(),
		(f) => [f.direction, f.otherAirport, f.flightNumber].join(),
		(f) => [f.direction, f.otherAirport, f.airline].join()
	];
	for (const key of keys) {
		for (let i = 0; i < right.length; ) {
			const j = left.findIndex((l) => key(l) === key(right[i]!));
			if (j === -1) {
				i++;
				continue;
			}
			pairs.push([left[j]!, right[i]!]);
			left.splice(j, 1);
			right.splice(i, 1);
		}
	}
	const route = (f: OfficialFlight) => `${koreanAirport}–${f.otherAirport}`;
	const changes: FlightChange[] = [
		...right.map((f): FlightChange => ({ kind: 'added', route: route(f), flight: f, before: null, changes: [] })),
		...left.map((f): FlightChange => ({ kind: 'dropped', route: route(f), flight: f, before: null, changes: [] })),
		...pairs
			.map(([a, b]): FlightChange => ({ kind: 'changed', route: route(b), flight: b, before: a, changes: flightDifferences(a, b) }))
			.filter((c) => c.changes.length > 0)
	];
	return changes.sort((a, b) => a.route.localeCompare(b.route) || compareFlights(a.flight, b.flight));
}

/** How one official flight, or one news service, stands against the other source. */
export interface NewsComparison {
	/** `ICN–ALA` */
	route: string;
	/**
	 * `agrees`: what both give is the same; `differs`: days, time or flight number differ;
	 * `official-only`: no service in the news matches the official flight; `news-only`: no official
	 * flight matches the service.
	 */
	kind: 'agrees' | 'differs' | 'official-only' | 'news-only';
	flight: OfficialFlight | null;
	service: Service | null;
	notes: string[];
}

/** Whether a news timetable's period and an official row's dates share a day; an open end always does. */
const sharesDays = (s: Service, flight: OfficialFlight) =>
	(s.validTo === null || s.validTo.value >= flight.firstDate) && (s.validFrom === null || s.validFrom.value <= flight.lastDate);

/** The news service's leg, as a direction from or to the Korean airport. */
function legOf(service: Service, koreanAirport: string): { direction: Direction; other: string } | null {
	if (service.origin === koreanAirport) return { direction: 'departure', other: service.destination };
	if (service.destination === koreanAirport) return { direction: 'arrival', other: service.origin };
	return null;
}

/**
 * A snapshot's flights against the news-based services of its Korean airport. A service matches a
 * flight by airline, origin and destination, and by flight number when both have one. Days are
 * compared as days at the Korean airport: a news service gives its departure days, so an arrival's
 * are moved by its arrival day offset (and not compared when the news gives no times to know it by).
 * `compareWithNews([ze_icn_ala_official], 'ICN', services).find((c) => c.service?.id === 'ze-icn-ala')?.kind` → `'agrees'`
 */
export function compareWithNews(flights: readonly OfficialFlight[], koreanAirport: string, services: readonly Service[]): NewsComparison[] {
	const out: NewsComparison[] = [];
	const matched = new Set<Service>();
	for (const flight of flights) {
		const route = `${koreanAirport}–${flight.otherAirport}`;
		// A timetable of another period (SCAT's summer 2025) is not this row's news.
		const candidates = services.filter((s) => {
			const leg = legOf(s, koreanAirport);
			return s.airline === flight.airline && leg?.direction === flight.direction && leg.other === flight.otherAirport && sharesDays(s, flight);
		});
		const service =
			candidates.find((s) => s.flightNumber?.value === flight.flightNumber) ?? candidates.find((s) => s.flightNumber === null) ?? null;
		if (!service) {
			const numbered = candidates.find((s) => s.flightNumber !== null);
			const notes = numbered
				? [`the news numbers this leg ${numbered.flightNumber!.value} (${numbered.id}), the airport ${flight.flightNumber}`]
				: ['no service in services.ts: add one per direction'];
			out.push({ route, kind: numbered ? 'differs' : 'official-only', flight, service: numbered ?? null, notes });
			if (numbered) matched.add(numbered);
			continue;
		}
		matched.add(service);
		const notes: string[] = [];
		let differs = false;
		if (service.daysOfOperation) {
			const offset = flight.direction === 'departure' ? 0 : service.times?.value.arrivalDayOffset;
			if (offset === undefined || offset === null) notes.push('days not compared: without both times the news does not say on which day it lands');
			else {
				const days = [...new Set(service.daysOfOperation.value.map((d) => ((d - 1 + offset) % 7) + 1))].sort((a, b) => a - b);
				if (days.join() !== flight.weekdays.join()) {
					differs = true;
					notes.push(`days: news ${formatWeekdays(days)}, airport ${formatWeekdays(flight.weekdays)}`);
				} else notes.push(`days agree (${formatWeekdays(days)})`);
			}
		} else notes.push('the news gives no days');
		if (service.times) {
			const time = flight.direction === 'departure' ? service.times.value.departure : service.times.value.arrival;
			if (time === null) notes.push(`the news gives no time at ${koreanAirport}; the airport's is ${flight.time}`);
			else if (time !== flight.time) {
				differs = true;
				notes.push(`time at ${koreanAirport}: news ${time}, airport ${flight.time}`);
			} else notes.push(`time agrees (${time})`);
		} else notes.push('the news gives no times');
		if (service.flightNumber === null) notes.push(`the news gives no flight number; the airport's is ${flight.flightNumber}`);
		out.push({ route, kind: differs ? 'differs' : 'agrees', flight, service, notes });
	}
	// A timetable that ended before every row of the schedule begins is history, not missing.
	const first = flights.map((f) => f.firstDate).sort()[0];
	for (const service of services) {
		const leg = legOf(service, koreanAirport);
		if (!leg || matched.has(service) || (first !== undefined && service.validTo !== null && service.validTo.value < first)) continue;
		out.push({
			route: `${koreanAirport}–${leg.other}`,
			kind: 'news-only',
			flight: null,
			service,
			notes: ['in the news, not in the airport’s schedule']
		});
	}
	return out.sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The airlines and airports the snapshot names that the data does not know yet, with the flights
 * that name them: each is for a maintainer to add, never to drop or invent.
 * `unknownCodes([fs7177ToGuw], { airlines: new Set(['KC']), airports: new Set(['ALA', 'ICN']) })`
 * → `{ airlines: [{ code: 'FS', flights: ['FS7177'] }], airports: [{ code: 'GUW', flights: ['FS7177'] }] }`
 */
export function unknownCodes(
	flights: readonly OfficialFlight[],
	known: { airlines: ReadonlySet<string>; airports: ReadonlySet<string> }
): { airlines: { code: string; flights: string[] }[]; airports: { code: string; flights: string[] }[] } {
	const collect = (code: (f: OfficialFlight) => string, knownSet: ReadonlySet<string>) => {
		const found = new Map<string, Set<string>>();
		for (const f of flights) if (!knownSet.has(code(f))) found.set(code(f), (found.get(code(f)) ?? new Set()).add(f.flightNumber));
		return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([c, numbers]) => ({ code: c, flights: [...numbers].sort() }));
	};
	return { airlines: collect((f) => f.airline, known.airlines), airports: collect((f) => f.otherAirport, known.airports) };
}
