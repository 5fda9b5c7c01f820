// npm run bench: builds the app, serves build/ on loopback, runs Lighthouse (mobile default,
// simulated throttling) three times on each measured page, prints the medians and writes them to
// bench-results/lighthouse.json. Times vary from run to run; that is why this is a benchmark and
// not a test. Pass --no-build to measure the build/ that is there.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

// BENCH_PAGES=/,/ru/ measures other pages.
const pages = process.env.BENCH_PAGES?.split(',') ?? ['/', '/routes/ala-icn', '/ru/'];
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4390);
const origin = `http://127.0.0.1:${port}`;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const server = spawn(process.execPath, ['scripts/serve.js'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One Lighthouse run in a fresh browser profile, so no cache or service worker carries over. */
async function measure(url) {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumArgs]
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
		const { categories, audits } = result.lhr;
		const items = audits['resource-summary'].details.items;
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
			scriptRequests: requests('script'),
			failing: Object.values(audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id)
		};
	} finally {
		await chrome.kill();
	}
}

const results = {};
try {
	for (const path of pages) {
		const samples = [];
		for (let i = 0; i < runs; i++) {
			process.stdout.write(`Lighthouse ${path} run ${i + 1}/${runs}…\n`);
			samples.push(await measure(origin + path));
		}
		const keys = Object.keys(samples[0]).filter((k) => k !== 'failing');
		results[path] = Object.fromEntries(keys.map((k) => [k, Math.round(median(samples.map((s) => s[k])) * 1000) / 1000]));
		results[path].failingAudits = [...new Set(samples.flatMap((s) => s.failing))];
	}
} finally {
	server.kill();
}

const report = {
	date: new Date().toISOString(),
	lighthouse: '12.2.3, mobile default (simulated throttling), median of ' + runs,
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
	results
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', JSON.stringify(report, null, 2) + '\n');

const row = (cells) => `| ${cells.join(' | ')} |`;
console.log(`\n${report.lighthouse} — ${report.machine}\n`);
console.log(row(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'total kB', 'JS kB', 'JS files']));
console.log(row(Array(12).fill('---')));
for (const [path, r] of Object.entries(results)) {
	console.log(
		row([
			path,
			r.performance,
			r.accessibility,
			r.bestPractices,
			r.seo,
			Math.round(r.fcpMs),
			Math.round(r.lcpMs),
			Math.round(r.tbtMs),
			r.cls.toFixed(3),
			r.totalTransferKb.toFixed(1),
			r.scriptTransferKb.toFixed(1),
			r.scriptRequests
		])
	);
	if (r.failingAudits.length) console.log(`  failing audits on ${path}: ${r.failingAudits.join(', ')}`);
}
console.log('\nWritten to bench-results/lighthouse.json');
