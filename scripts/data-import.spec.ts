import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Each case runs the importer as a process, which loads its TypeScript through vite: seconds on a busy
// two-core machine. The limit only stops a hung run; nothing here measures time.
vi.setConfig({ testTimeout: 60_000 });

// scripts/data-import.js end to end: on saved answers (--from), and against a portal of our own on
// loopback that answers each way the real one can fail. The answers are the constructed ones in
// tests/fixtures/official/. No network but 127.0.0.1.

const fixtures = join(process.cwd(), 'tests/fixtures/official');
const fixture = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const MARKER = 'MARKER-KEY-5f3a';
// What a snapshot in the repository looks like before a run: any failed run must leave it byte for byte.
const EXISTING = '{"source":"incheon","note":"the snapshot in the repository"}\n';

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the CLI to its end; the server in this process keeps answering meanwhile. */
function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
	return new Promise((resolve) => {
		const child = execFile(
			process.execPath,
			['scripts/data-import.js', ...args],
			{ env: { ...process.env, DATA_GO_KR_KEY: undefined, DATA_GO_KR_BASE: undefined, DATA_GO_KR_TIMEOUT_MS: undefined, ...env } },
			(_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr })
		);
	});
}

/** Every file under a folder, read. */
function filesIn(dir: string): string {
	return existsSync(dir) ? readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n') : '';
}

let out: string;
beforeEach(() => {
	out = mkdtempSync(join(tmpdir(), 'nonstop-import-'));
	return () => rmSync(out, { recursive: true, force: true });
});

describe('data-import on saved answers', () => {
	it('reads Incheon’s first generation over two pages, keeps the Kazakh rows and writes a sorted snapshot', async () => {
		const result = await run(['--from', join(fixtures, 'incheon-v1'), '--source', 'incheon', '--out', out, '--fetched', '2026-12-02T03:00:00Z']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('getPaxFltSchedDepartures: 6 rows in 2 pages');
		const snapshot = JSON.parse(readFileSync(join(out, 'incheon.json'), 'utf8'));
		expect(snapshot).toMatchObject({
			source: 'incheon',
			airport: 'ICN',
			publisher: 'Incheon International Airport Corporation',
			dataset: 'data.go.kr 15095059',
			endpoints: [
				'https://apis.data.go.kr/B551177/PaxFltSched/getPaxFltSchedDepartures',
				'https://apis.data.go.kr/B551177/PaxFltSched/getPaxFltSchedArrivals'
			],
			fetched: '2026-12-02T03:00:00Z'
		});
		expect(snapshot.flights.map((f: { direction: string; flightNumber: string }) => `${f.direction} ${f.flightNumber}`)).toEqual([
			'arrival KC909',
			'arrival OZ578',
			'arrival ZE604',
			'arrival KC919',
			'departure KC910',
			'departure OZ577',
			'departure ZE603',
			'departure DV822',
			'departure FS7177'
		]);
		expect(snapshot.flights.find((f: { flightNumber: string }) => f.flightNumber === 'OZ577')).toEqual({
			flightNumber: 'OZ577',
			airline: 'OZ',
			direction: 'departure',
			otherAirport: 'ALA',
			time: '10:10',
			weekdays: [1, 3, 5],
			firstDate: '2026-10-25',
			lastDate: '2027-03-27',
			season: 'W26',
			codeshares: []
		});
		// Tokyo's rows are not Kazakhstan's.
		expect(JSON.stringify(snapshot)).not.toMatch(/NRT|OZ10[12]/);
	});

	it('reviews against the news, and names the airline and airport the data does not know, with what to add', async () => {
		const result = await run(['--from', join(fixtures, 'incheon-v1'), '--source', 'incheon', '--out', out, '--dry-run']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('there is none yet, so every flight is added');
		expect(result.stdout).toMatch(/ICN–ALA\n(.*\n)*? {4}= matches {2}ZE603 ICN→ALA 19:30 .*~ ze-icn-ala: days agree \(Mon Fri\); time agrees \(19:30\)/);
		expect(result.stdout).toMatch(/- news only {2}kc-icn-nqz/);
		expect(result.stdout).toMatch(/airline FS \(flights FS7177\): add it to src\/lib\/data\/airlines\.ts with its name in en, ru, kk and ko, its ICAO code.*colour for light and dark/);
		expect(result.stdout).toMatch(/airport GUW \(flights FS7177\): add it to src\/lib\/data\/airports\.ts with its name and city in en, ru, kk and ko.*UTC offsets.*Atyrau/);
		// Kept, not dropped: the unknown flight is in the review of what would be added.
		expect(result.stdout).toMatch(/\+ added {4}FS7177 ICN→GUW 11:20/);
		expect(result.stdout).toContain('--dry-run');
		expect(readdirSync(out)).toEqual([]);
	});

	it('reads the second generation and folds the codeshare sale into the flight that operates it', async () => {
		const result = await run(['--from', join(fixtures, 'incheon-v2'), '--source', 'incheon', '--incheon', 'v2', '--out', out]);
		expect(result.code).toBe(0);
		const { flights } = JSON.parse(readFileSync(join(out, 'incheon.json'), 'utf8'));
		expect(flights.map((f: { flightNumber: string; codeshares: string[]; terminal: string }) => [f.flightNumber, f.codeshares, f.terminal])).toEqual([
			['KC909', [], 'P01'],
			['KC910', ['OZ6952'], 'P01']
		]);
	});

	it('reads Korea Airports Corporation’s answer for Gimhae, both directions in one', async () => {
		const result = await run(['--from', join(fixtures, 'kac'), '--source', 'gimhae', '--out', out]);
		expect(result.code).toBe(0);
		const snapshot = JSON.parse(readFileSync(join(out, 'gimhae.json'), 'utf8'));
		expect(snapshot.airport).toBe('PUS');
		expect(snapshot.endpoints).toEqual(['https://apis.data.go.kr/B551178/flight-schedule/int']);
		expect(snapshot.flights.map((f: { flightNumber: string; direction: string; time: string; season: null }) => [f.flightNumber, f.direction, f.time, f.season])).toEqual([
			['ZE632', 'arrival', '09:35', null],
			['ZE631', 'departure', '18:55', null]
		]);
	});

	it('names what changed against the snapshot in the repository, and leaves an unchanged one as it is', async () => {
		const args = ['--from', join(fixtures, 'incheon-v1'), '--source', 'incheon', '--out', out];
		await run([...args, '--fetched', '2026-12-01T03:00:00Z']);
		const file = join(out, 'incheon.json');
		const first = readFileSync(file, 'utf8');
		const again = await run([...args, '--fetched', '2026-12-02T03:00:00Z']);
		expect(again.stdout).toContain('no flight added, dropped or changed');
		expect(again.stdout).toContain('left as it is');
		expect(readFileSync(file, 'utf8')).toBe(first);

		writeFileSync(file, first.replace('"time": "10:10"', '"time": "09:40"').replace(/\t\t\{\n\t\t\t"flightNumber": "DV822"[^}]*\},\n/, ''));
		const changed = await run([...args, '--fetched', '2026-12-03T03:00:00Z']);
		expect(changed.stdout).toMatch(/ICN–ALA\n(.*\n)*? {4}~ changed {2}OZ577: time 09:40 → 10:10/);
		expect(changed.stdout).toMatch(/ICN–CIT\n {4}\+ added {4}DV822/);
		expect(JSON.parse(readFileSync(file, 'utf8')).fetched).toBe('2026-12-03T03:00:00Z');
	});

	it('stops on saved answers that end before totalCount, naming the endpoint and the missing page', async () => {
		writeFileSync(join(out, 'incheon.json'), EXISTING);
		const result = await run(['--from', join(fixtures, 'truncated'), '--source', 'incheon', '--out', out]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Incheon departures (getPaxFltSchedDepartures) page 2');
		expect(result.stderr).toContain('truncated at 2 of 9 rows');
		expect(readFileSync(join(out, 'incheon.json'), 'utf8')).toBe(EXISTING);
	});

	it('without a key says in one line how to get one, and changes nothing', async () => {
		const result = await run(['--out', out], { DATA_GO_KR_KEY: '' });
		expect(result.code).not.toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/DATA_GO_KR_KEY is not set.*data\.go\.kr.*15095059.*한국공항공사/);
		expect(readdirSync(out)).toEqual([]);
	});
});

describe('data-import against the portal', () => {
	let server: Server;
	let base: string;
	let answer: (url: URL, request: IncomingMessage, response: ServerResponse) => void;
	const requests: URL[] = [];

	beforeAll(async () => {
		server = createServer((request, response) => {
			const url = new URL(request.url ?? '/', 'http://127.0.0.1');
			requests.push(url);
			answer(url, request, response);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});

	beforeEach(() => {
		requests.length = 0;
	});

	/** Answers each operation and page from a fixture folder, as the portal would. */
	const fromFolder = (folder: string) => (url: URL, _request: IncomingMessage, response: ServerResponse) => {
		const file = join(fixtures, folder, `${url.pathname.split('/').pop()}.page${url.searchParams.get('pageNo')}.json`);
		if (!existsSync(file)) return response.writeHead(404).end();
		response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file));
	};
	const portal = (extra: Record<string, string> = {}) => ({ DATA_GO_KR_KEY: MARKER, DATA_GO_KR_BASE: base, ...extra });

	it('fetches every page of both directions with the key, and writes endpoints without it', async () => {
		answer = fromFolder('incheon-v1');
		const result = await run(['--source', 'incheon', '--out', out], portal());
		expect(result.code).toBe(0);
		expect(requests.map((r) => `${r.pathname.split('/').pop()} ${r.searchParams.get('pageNo')}`)).toEqual([
			'getPaxFltSchedDepartures 1',
			'getPaxFltSchedDepartures 2',
			'getPaxFltSchedArrivals 1'
		]);
		expect(requests.every((r) => r.searchParams.get('serviceKey') === MARKER && r.searchParams.get('type') === 'json')).toBe(true);
		const written = readFileSync(join(out, 'incheon.json'), 'utf8');
		expect(JSON.parse(written).endpoints).toEqual([`${base}/B551177/PaxFltSched/getPaxFltSchedDepartures`, `${base}/B551177/PaxFltSched/getPaxFltSchedArrivals`]);
		expect(JSON.parse(written).fetched).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		expect(`${result.stdout}${result.stderr}${written}`).not.toContain(MARKER);
	});

	/** Each way the portal can fail, with what the message must say. */
	const failures: { name: string; answer: typeof answer; says: RegExp; env?: Record<string, string> }[] = [
		{ name: 'HTTP 401', answer: (_u, _q, r) => r.writeHead(401).end('Unauthorized'), says: /page 1: HTTP 401: the key was refused/ },
		{ name: 'HTTP 403', answer: (_u, _q, r) => r.writeHead(403).end(), says: /page 1: HTTP 403/ },
		{ name: 'HTTP 503', answer: (_u, _q, r) => r.writeHead(503).end('Service Unavailable'), says: /page 1: HTTP 503/ },
		{
			name: 'the XML error answer sent for a JSON request',
			answer: (_u, _q, r) => r.writeHead(200, { 'content-type': 'text/xml' }).end(fixture('failures/service-key-not-registered.xml')),
			says: /page 1: the portal refused the request: SERVICE_KEY_IS_NOT_REGISTERED_ERROR/
		},
		{
			name: 'resultCode 99',
			answer: (_u, _q, r) => r.writeHead(200).end(fixture('failures/result-code-99.json')),
			says: /page 1: resultCode 99 \(UNKNOWN ERROR\)/
		},
		{
			name: 'a page set that ends before totalCount',
			answer: (url, _q, r) =>
				r.writeHead(200).end(fixture(url.searchParams.get('pageNo') === '1' ? 'truncated/getPaxFltSchedDepartures.page1.json' : 'failures/empty-page.json')),
			says: /page 2: an empty page: the answer is truncated at 2 of 9 rows/
		},
		{
			name: 'an answer in neither documented shape',
			answer: (_u, _q, r) => r.writeHead(200).end(fixture('failures/neither-shape.json')),
			says: /page 1: no response\.header\.resultCode/
		},
		{
			name: 'no answer within the timeout',
			answer: () => {
				// Never answers: the client's timeout must end the run.
			},
			says: /page 1: no answer within 300 ms/,
			env: { DATA_GO_KR_TIMEOUT_MS: '300' }
		}
	];

	for (const failure of failures) {
		it(`stops on ${failure.name}, naming endpoint and page, leaving the snapshot and never showing the key`, async () => {
			answer = failure.answer;
			writeFileSync(join(out, 'incheon.json'), EXISTING);
			const result = await run(['--out', out], portal(failure.env));
			expect(result.code).toBe(1);
			expect(result.stderr).toContain('Incheon departures (getPaxFltSchedDepartures)');
			expect(result.stderr).toMatch(failure.says);
			expect(result.stderr).toContain('Nothing was written');
			expect(readdirSync(out)).toEqual(['incheon.json']);
			expect(readFileSync(join(out, 'incheon.json'), 'utf8')).toBe(EXISTING);
			// The request did carry the key, so its absence below is redaction, not luck.
			expect(requests[0]?.searchParams.get('serviceKey')).toBe(MARKER);
			expect(`${result.stdout}\n${result.stderr}\n${filesIn(out)}`).not.toContain(MARKER);
		});
	}

	it('writes nothing when a later source fails after an earlier one succeeded', async () => {
		const incheon = fromFolder('incheon-v1');
		answer = (url, request, response) => (url.pathname.includes('B551178') ? response.writeHead(500).end() : incheon(url, request, response));
		const result = await run(['--out', out], portal());
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Gimhae international schedule (int) page 1: HTTP 500');
		expect(readdirSync(out)).toEqual([]);
	});
});
