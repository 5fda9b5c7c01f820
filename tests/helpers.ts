import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Every prerendered page in English; the other languages prefix /ru, /kk, /ko. */
// Of what the network added, the network page and one new route: the new airline and airport pages
// are made as the others are, and tests/network.spec.ts opens every new page in every language.
export const pages = [
	'/',
	'/routes',
	'/routes/ala-icn',
	'/routes/icn-ala',
	'/routes/pus-ala',
	'/airlines/kc',
	'/airlines/oz',
	'/airlines/ze',
	'/airports/ala',
	'/airports/icn',
	'/about'
];

/** Collects console errors and uncaught exceptions so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Runs axe with WCAG 2.x A and AA rules (2.2's target size among them) and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary).toEqual([]);
}

/**
 * Reaches for the route map as a mouse user does (the pointer over it), which loads Leaflet, and
 * waits until Leaflet has drawn the basemap, the lines and the airports.
 */
export async function openLiveMap(page: Page, timeout = 15_000) {
	const map = page.getByTestId('services-map').first();
	await map.hover();
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout });
	return map;
}

/** Fixes the browser's clock (Date, timers) at an instant, before the page loads. */
export async function fixClock(page: Page, iso: string) {
	await page.clock.install({ time: new Date(iso) });
}

/**
 * Starts another build of the app (`vite build` with `env`, say another version or a base path)
 * into `dir`. It takes ~15 s, so a spec starts it in beforeAll and awaits `built` only where it is
 * needed; `stop` ends it if the spec finishes first. `env` names its own KIT_OUT_DIR, so it cannot
 * disturb a build running beside it.
 */
export function buildInBackground(dir: string, env: Record<string, string>): { built: Promise<string>; stop: () => void } {
	const child = spawn('npx', ['vite', 'build'], {
		env: { ...process.env, ...env, BUILD_DIR: dir },
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group, so that stopping it stops vite too and not only npx.
		detached: true
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const built = new Promise<string>((resolveBuild, reject) => {
		child.once('exit', (code) => {
			if (code === 0 && existsSync(join(dir, 'service-worker.js'))) resolveBuild(dir);
			else reject(new Error(`The build into ${dir} failed (exit ${code}):\n${output.slice(-4000)}`));
		});
	});
	// Awaited where it is needed; a failure must not surface earlier as an unhandled rejection.
	built.catch(() => undefined);
	return {
		built,
		stop() {
			if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
			try {
				process.kill(-child.pid);
			} catch {
				// It ended on its own meanwhile.
			}
		}
	};
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const { port } = probe.address() as { port: number };
	probe.close();
	await once(probe, 'close');
	return port;
}

/** Starts scripts/serve.js on `port` with `dir` as its root (and `env`, say BASE_PATH); resolves when it listens. */
export async function serve(dir: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, ...env, BUILD_DIR: dir, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolveStart, reject) => {
		child.stdout!.once('data', () => resolveStart());
		child.once('exit', (code) => reject(new Error(`scripts/serve.js stopped (exit ${code})`)));
	});
	return child;
}

/** Stops a server started by `serve`. */
export async function stop(child: ChildProcess) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill();
	await once(child, 'exit');
}

/** Records every Content-Security-Policy violation the page reports, from its very first script. */
export async function recordCspViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
		});
	});
}

/** The violations recorded so far on the current page. */
export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/**
 * The text a sighted reader sees in an element: without the words kept for screen readers only
 * (`.visually-hidden`, such as ", arrives" and ", next day" beside a flight's times), spaces folded.
 */
export async function visibleText(locator: Locator): Promise<string> {
	return locator.evaluate((element) => {
		const copy = element.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
		// Table cells and list items read apart, as they are laid out.
		copy.querySelectorAll('td, th, li, p').forEach((cell) => cell.append(' '));
		return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
	});
}

/** Resolves once the browser has painted twice more: whatever the last event changed is on screen. */
export async function afterNextPaint(page: Page) {
	await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/**
 * Waits until the page has loaded the built module of a source file (read from the build's Vite
 * manifest), then for the next paint: by then whatever that module shows is on screen, so a test can
 * say something did *not* appear without waiting a number of milliseconds.
 */
export async function afterModuleLoads(page: Page, source: string) {
	const file = builtFile(source);
	await page.waitForFunction((file) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(file)), file);
	await afterNextPaint(page);
}

/**
 * Whether the page has fetched the built module of a source file: a request that failed is listed
 * too, with no status, and does not count.
 */
export async function hasLoadedModule(page: Page, source: string): Promise<boolean> {
	const file = builtFile(source);
	return page.evaluate(
		(file) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(file) && (entry as PerformanceResourceTiming).responseStatus !== 0),
		file
	);
}

function buildManifest(): Record<string, { file: string; name?: string }> {
	const manifestPath = join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output/client/.vite/manifest.json');
	return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

/** The file the build made of a source file, from its Vite manifest. */
export function builtFile(source: string): string {
	const file = buildManifest()[source]?.file;
	if (!file) throw new Error(`${source} is not in the build's manifest`);
	return file;
}

/** The file of a chunk the build named after the component it loads later (`NotFound`), from its Vite manifest. */
export function builtChunk(name: string): string {
	const file = Object.values(buildManifest()).find((chunk) => chunk.name === name && chunk.file.endsWith('.js'))?.file;
	if (!file) throw new Error(`No chunk named ${name} in the build's manifest`);
	return file;
}

/**
 * Scrolls to a section below the first screen (next departures, saved flights), as a traveller
 * does: its part loads only when the traveller comes near it (AfterStart's `near`).
 */
export async function scrollToSection(page: Page, testId: keyof typeof drawnPart) {
	await page.getByTestId(testId).scrollIntoViewIfNeeded();
}

/** What each section below the first screen shows once its part has loaded and drawn. */
const drawnPart = {
	'next-departures': '[data-day], .empty',
	'saved-flights': 'p, ul'
};

/**
 * Scrolls to every section below the first screen that the page has and waits until its part is
 * drawn, for checks that read the whole page as a traveller who scrolled through it sees it (axe).
 */
export async function drawSectionsBelow(page: Page) {
	for (const [testId, drawn] of Object.entries(drawnPart) as [keyof typeof drawnPart, string][]) {
		if ((await page.getByTestId(testId).count()) === 0) continue;
		await scrollToSection(page, testId);
		await expect(page.getByTestId(testId).locator(drawn).first()).toBeAttached();
	}
}
