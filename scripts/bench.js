// npm run bench: builds the app, serves build/ on loopback, runs Lighthouse (mobile default) three
// times on each measured page with simulated throttling and three times with applied throttling,
// prints the medians and writes them to bench-results/lighthouse.json. Times vary from run to run;
// that is why this is a benchmark and not a test. Pass --no-build to measure the build/ that is there.
//
// The pages are served over HTTPS with HTTP/2, as the static hosts the README names serve them,
// with a certificate made for the run (openssl). Over HTTP/1.1 the simulation opens six cold
// connections and pays TCP's slow start on each, which no traveller's phone meets on those hosts;
// BENCH_HTTP1=1 measures that way all the same, to compare with figures taken before.
//
// Simulated throttling (Lighthouse's default, and PageSpeed Insights') loads the page at full speed
// and models a slow phone from that load. Applied throttling loads it on a network slowed to the
// same figures (150 ms, 1.6 Mbps) with the CPU slowed 4×, and reports what the browser painted:
// where the two disagree, the second is what a traveller sees.
//
// Beside the app it measures a reference, in the same runs and the same way: bench/reference/, a
// bare SvelteKit page built here from the project's own packages (a heading, a paragraph and a
// Leaflet map of Almaty and Incheon drawn at load on the app's basemap), served by scripts/serve.js
// as the app is. Each page's applied figures are printed as ratios to the reference's: absolute
// times move with the machine and what else runs on it, the ratios much less. The budget is in
// `budget` below. The reference is never shipped: it lives only in bench/reference/build.
//
// BENCH_WITHOUT_SCRIPTS=1 also measures each page as its prerendered HTML alone, with its scripts
// and their preloads taken out (a copy of the build in bench-results/without-scripts/): the least
// that page can cost while every fact stays in its HTML, whatever the scripts do.
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { canMakeCertificate, makeCertificate } from './certificate.js';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

/**
 * Whether the machine has a font with Hangul (fontconfig's answer; null where there is none to ask).
 * Every page's language switcher says 한국어: without such a font, Chromium searches the system's
 * fonts for those three letters and finds none, which no phone does. On this machine that made the
 * first layout of `/` about a quarter longer (BENCHMARKS.md, 2026-12-03, "A font with Hangul").
 */
function hasHangulFont() {
	try {
		return execSync('fc-list :lang=ko family', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
	} catch {
		return null;
	}
}
const hangulFont = hasHangulFont();
if (hangulFont === false) {
	console.warn(
		'This machine has no font with Hangul: the language switcher\'s 한국어 sends the layout into a search for one, as on\n' +
			'no phone, and the pages\' layout times come out too long. On Debian: apt-get install fonts-nanum.'
	);
}

// BENCH_PAGES=/,/ru/ measures other pages.
const pages = process.env.BENCH_PAGES?.split(',') ?? ['/', '/routes/ala-icn', '/routes'];
const reference = 'reference';
const referenceDir = 'bench/reference';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4390);
const http2 = !process.env.BENCH_HTTP1;
const scheme = http2 ? 'https' : 'http';
const origin = `${scheme}://127.0.0.1:${port}`;

if (!process.argv.includes('--no-build')) {
	execSync('npm run build', { stdio: 'inherit' });
	// Its own config (bench/reference/svelte.config.js, vite.config.js); the root's packages.
	execSync(`"${process.execPath}" ../../node_modules/vite/bin/vite.js build`, { cwd: referenceDir, stdio: 'inherit' });
}

/** A certificate for 127.0.0.1 that lives as long as the run; the browser is told to accept it. */
function throwawayCertificate() {
	if (!canMakeCertificate()) {
		console.error('npm run bench serves over HTTP/2, which needs openssl to make a certificate (apt-get install -y openssl).\nBENCH_HTTP1=1 npm run bench measures over HTTP/1.1 without it.');
		process.exit(1);
	}
	return makeCertificate();
}
const certificate = http2 ? throwawayCertificate() : undefined;

/** scripts/serve.js serving one build on one port, and a promise that it is ready. */
function serve(buildDir, onPort) {
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, ...certificate?.env, PORT: String(onPort), BUILD_DIR: buildDir },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	// Ready when it says where it serves.
	const serving = new Promise((resolve, reject) => {
		server.stdout.once('data', resolve);
		server.once('exit', () => reject(new Error(`scripts/serve.js stopped before serving ${buildDir}`)));
	});
	return { server, serving };
}
const withoutScripts = Boolean(process.env.BENCH_WITHOUT_SCRIPTS);
const scriptlessDir = 'bench-results/without-scripts';
const scriptless = (path) => `${path} without scripts`;

/** The build's copy with each measured page's scripts and module preloads taken out of its HTML. */
function buildWithoutScripts() {
	rmSync(scriptlessDir, { recursive: true, force: true });
	cpSync('build', scriptlessDir, { recursive: true });
	for (const path of pages) {
		// As scripts/serve.js finds it: /routes → routes.html, /ru/ → ru/index.html.
		const clean = path.replace(/\/$/, '');
		const file = [`${clean}.html`, `${clean}/index.html`].map((name) => join(scriptlessDir, name)).find((name) => existsSync(name));
		if (!file) throw new Error(`BENCH_WITHOUT_SCRIPTS: no prerendered page for ${path} in build/`);
		const html = readFileSync(file, 'utf8')
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/<link[^>]*rel="modulepreload"[^>]*>/g, '');
		writeFileSync(file, html);
		writeFileSync(`${file}.br`, brotliCompressSync(html));
		writeFileSync(`${file}.gz`, gzipSync(html));
	}
}
if (withoutScripts) {
	try {
		buildWithoutScripts();
	} catch (error) {
		certificate?.remove();
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}

const app = serve('build', port);
const bare = serve(`${referenceDir}/build`, port + 1);
const scriptlessApp = withoutScripts ? serve(scriptlessDir, port + 2) : undefined;
const urlOf = (path) => {
	if (path === reference) return `${scheme}://127.0.0.1:${port + 1}/`;
	const page = pages.find((p) => scriptless(p) === path);
	return page ? `${scheme}://127.0.0.1:${port + 2}${page}` : origin + path;
};

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * One Lighthouse run in a fresh browser profile, so no cache or service worker carries over.
 * @param {string} url
 * @param {'simulate' | 'devtools'} throttlingMethod
 */
async function measure(url, throttlingMethod) {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumArgs, ...(http2 ? ['--ignore-certificate-errors'] : [])]
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod });
		const { categories, audits } = result.lhr;
		const items = audits['resource-summary'].details.items;
		// Where the main thread's time went, by kind of work, and each task of 50 ms or more: the
		// figures that say what to shorten, where the totals only say by how much.
		const work = Object.fromEntries((audits['mainthread-work-breakdown'].details?.items ?? []).map((item) => [item.group, item.duration]));
		const longTasks = (audits['long-tasks'].details?.items ?? []).map((task) => ({
			file: String(task.url).replace(/^https?:\/\/[^/]+/, '').replace(/^.*\/_app\/immutable\//, '') || '(page)',
			startMs: Math.round(task.startTime),
			ms: Math.round(task.duration)
		}));
		const transfer = (type) => items.find((item) => item.resourceType === type)?.transferSize ?? 0;
		const requests = (type) => items.find((item) => item.resourceType === type)?.requestCount ?? 0;
		return {
			performance: categories.performance.score * 100,
			accessibility: categories.accessibility.score * 100,
			bestPractices: categories['best-practices'].score * 100,
			seo: categories.seo.score * 100,
			fcpMs: audits['first-contentful-paint'].numericValue,
			lcpMs: audits['largest-contentful-paint'].numericValue,
			tbtMs: audits['total-blocking-time'].numericValue,
			cls: audits['cumulative-layout-shift'].numericValue,
			totalTransferKb: transfer('total') / 1024,
			scriptTransferKb: transfer('script') / 1024,
			// The rest of the total by kind, so a bytes ratio says what it is made of. `other` is the
			// favicon, and the web app manifest and the icon Chromium fetches with it to see whether the
			// app can be installed.
			documentTransferKb: transfer('document') / 1024,
			stylesheetTransferKb: transfer('stylesheet') / 1024,
			imageTransferKb: transfer('image') / 1024,
			fontTransferKb: transfer('font') / 1024,
			otherTransferKb: transfer('other') / 1024,
			scriptRequests: requests('script'),
			work,
			longTasks,
			failing: Object.values(audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id)
		};
	} finally {
		await chrome.kill();
	}
}

/** Medians of every figure over the runs, and every binary audit that failed in any of them. */
function summary(samples) {
	const keys = Object.keys(samples[0]).filter((k) => typeof samples[0][k] === 'number');
	const result = Object.fromEntries(keys.map((k) => [k, Math.round(median(samples.map((s) => s[k])) * 1000) / 1000]));
	result.lcpOverFcp = Math.round(median(samples.map((s) => s.lcpMs / s.fcpMs)) * 100) / 100;
	result.failingAudits = [...new Set(samples.flatMap((s) => s.failing))];
	const groups = [...new Set(samples.flatMap((s) => Object.keys(s.work)))];
	result.workMs = Object.fromEntries(groups.map((g) => [g, Math.round(median(samples.map((s) => s.work[g] ?? 0)))]));
	// Every run's blocking time, in run order: on this kind of machine it moves by more than a change
	// does, and a median alone hides whether a budget held in every run or in one of three.
	result.tbtMsByRun = samples.map((s) => Math.round(s.tbtMs));
	// The long tasks of the run whose blocking time is the median: one real run's tasks, not a mix.
	const byTbt = [...samples].sort((a, b) => a.tbtMs - b.tbtMs);
	result.longTasksOfMedianRun = byTbt[Math.floor((byTbt.length - 1) / 2)].longTasks;
	return result;
}

const measured = [reference, ...pages.flatMap((path) => (withoutScripts ? [path, scriptless(path)] : [path]))];
const compared = measured.filter((path) => path !== reference);
const results = {};
const applied = {};
try {
	await Promise.all([app.serving, bare.serving, scriptlessApp?.serving]);
	const simulatedSamples = Object.fromEntries(measured.map((path) => [path, []]));
	const appliedSamples = Object.fromEntries(measured.map((path) => [path, []]));
	// Interleaved, page by page within each round and both kinds of run for each, so a busy spell on
	// the machine falls on the reference and the pages alike.
	for (let i = 0; i < runs; i++) {
		for (const path of measured) {
			process.stdout.write(`Lighthouse ${path} run ${i + 1}/${runs}…\n`);
			simulatedSamples[path].push(await measure(urlOf(path), 'simulate'));
			appliedSamples[path].push(await measure(urlOf(path), 'devtools'));
		}
	}
	for (const path of measured) {
		results[path] = summary(simulatedSamples[path]);
		applied[path] = summary(appliedSamples[path]);
	}
} finally {
	app.server.kill();
	bare.server.kill();
	scriptlessApp?.server.kill();
	certificate?.remove();
}

/**
 * The budget, against the reference in the same run (applied throttling, medians): first and
 * largest paint within 5 % of its, no more blocking time and no more bytes; and, simulated,
 * performance 98 or more and no layout shift.
 */
const budget = [
	{ figure: 'fcpMs', title: 'FCP', most: 1.05 },
	{ figure: 'lcpMs', title: 'LCP', most: 1.05 },
	{ figure: 'tbtMs', title: 'TBT', most: 1 },
	{ figure: 'totalTransferKb', title: 'total kB', most: 1 }
];
const ref = applied[reference];
// A reference with no blocking time at all leaves any blocking time over budget, not divided by zero.
const ratio = (value, of) => (of > 0 ? value / of : value > 0 ? Infinity : 1);
const ratios = Object.fromEntries(
	compared.map((path) => [path, Object.fromEntries(budget.map(({ figure }) => [figure, Math.round(ratio(applied[path][figure], ref[figure]) * 100) / 100]))])
);
const within = (path) => [
	...budget.map(({ figure, title, most }) => ({ title, ok: ratios[path][figure] <= most })),
	{ title: 'simulated performance', ok: results[path].performance >= 98 },
	{ title: 'CLS', ok: results[path].cls === 0 && applied[path].cls === 0 }
];

const report = {
	date: new Date().toISOString(),
	lighthouse: '12.2.3, mobile default, median of ' + runs,
	served: http2 ? 'HTTP/2 over TLS, loopback' : 'HTTP/1.1, loopback',
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${
		{ true: 'a Hangul font', false: 'no Hangul font', null: 'fonts unknown' }[String(hangulFont)]
	}`,
	reference: `${referenceDir}/, measured as "${reference}"`,
	results,
	applied,
	ratiosToReference: ratios,
	overBudget: Object.fromEntries(compared.map((path) => [path, within(path).filter((c) => !c.ok).map((c) => c.title)]))
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', JSON.stringify(report, null, 2) + '\n');

const row = (cells) => `| ${cells.join(' | ')} |`;
console.log(`\nLighthouse ${report.lighthouse}, served ${report.served} — ${report.machine}\n`);
const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'LCP ÷ FCP', 'TBT ms', 'CLS', 'total kB', 'JS kB', 'JS files'];
for (const [title, set] of [['Simulated throttling', results], ['Applied throttling (what the browser painted)', applied]]) {
	console.log(`${title}\n`);
	console.log(row(header));
	console.log(row(Array(header.length).fill('---')));
	for (const [path, r] of Object.entries(set)) {
		console.log(
			row([
				path,
				r.performance,
				r.accessibility,
				r.bestPractices,
				r.seo,
				Math.round(r.fcpMs),
				Math.round(r.lcpMs),
				r.lcpOverFcp.toFixed(2),
				Math.round(r.tbtMs),
				r.cls.toFixed(3),
				r.totalTransferKb.toFixed(1),
				r.scriptTransferKb.toFixed(1),
				r.scriptRequests
			])
		);
		if (r.failingAudits.length) console.log(`  failing audits on ${path}: ${r.failingAudits.join(', ')}`);
	}
	console.log('');
}
console.log(`Applied throttling, as ratios to the reference (${reference}: FCP ${Math.round(ref.fcpMs)} ms, LCP ${Math.round(ref.lcpMs)} ms, TBT ${Math.round(ref.tbtMs)} ms, ${ref.totalTransferKb.toFixed(1)} kB)\n`);
const ratioHeader = ['page', ...budget.map(({ title, most }) => `${title} (≤ ${most.toFixed(2)})`), 'simulated perf (≥ 98)', 'CLS (0)', 'within budget'];
console.log(row(ratioHeader));
console.log(row(Array(ratioHeader.length).fill('---')));
for (const path of compared) {
	const over = report.overBudget[path];
	console.log(
		row([
			path,
			...budget.map(({ figure }) => ratios[path][figure].toFixed(2)),
			results[path].performance,
			Math.max(results[path].cls, applied[path].cls).toFixed(3),
			over.length ? `no: ${over.join(', ')}` : 'yes'
		])
	);
}
console.log('');
// What each page sends, by kind, beside the reference's: where a bytes ratio over 1 comes from.
const kinds = { documentTransferKb: 'HTML', scriptTransferKb: 'JavaScript', stylesheetTransferKb: 'CSS files', imageTransferKb: 'images', fontTransferKb: 'fonts', otherTransferKb: 'other' };
console.log('Applied throttling, kB sent by kind (medians), and each against the reference\n');
const kindHeader = ['page', ...Object.values(kinds), 'total'];
console.log(row(kindHeader));
console.log(row(Array(kindHeader.length).fill('---')));
const signed = (n) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(1)}`;
for (const [path, r] of Object.entries(applied)) {
	const cell = (figure) => (path === reference ? r[figure].toFixed(1) : `${r[figure].toFixed(1)} (${signed(r[figure] - ref[figure])})`);
	console.log(row([path, ...Object.keys(kinds).map(cell), cell('totalTransferKb')]));
}
console.log('');
console.log(`Blocking time of each applied run, in ms: ${Object.entries(applied).map(([path, r]) => `${path} ${r.tbtMsByRun.join(', ')}`).join('; ')}\n`);

// Lighthouse's names for the kinds of main-thread work, in the order it lists them.
const workTitles = {
	scriptEvaluation: 'script', styleLayout: 'style & layout', parseHTML: 'HTML & CSS parsing',
	scriptParseCompile: 'script compile', garbageCollection: 'GC', paintCompositeRender: 'paint', other: 'other'
};
console.log('Applied throttling, main-thread work in ms (medians), and the long tasks of the median run (start ms: length ms, file)\n');
const workHeader = ['page', ...Object.values(workTitles), 'long tasks'];
console.log(row(workHeader));
console.log(row(Array(workHeader.length).fill('---')));
for (const [path, r] of Object.entries(applied)) {
	const tasks = [...r.longTasksOfMedianRun].sort((a, b) => a.startMs - b.startMs).map((t) => `${t.startMs}: ${t.ms} ${t.file}`).join('; ');
	console.log(row([path, ...Object.keys(workTitles).map((g) => r.workMs[g] ?? 0), tasks || 'none']));
}
console.log('');
console.log('Written to bench-results/lighthouse.json');
