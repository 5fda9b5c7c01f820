import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterModuleLoads, afterNextPaint, hasLoadedModule, buildInBackground, expectNoAxeViolations, freePort, openLiveMap, scrollToSection, serve, stop, watchConsole } from './helpers';

// The built app under test, as playwright.config.ts serves it (npm test: build/ on port 4173).
const buildDir = resolve(process.env.BUILD_DIR ?? 'build');
const base = process.env.BASE_PATH ?? '';
const at = (path: string) => `${base}${path}`;
const appCache = (version: string) => `nonstop:${base || '/'}:app:${version}`;

const UPDATE_PROMPT = 'A new version of Nonstop is ready';
const OFFLINE_BADGE = 'Offline — showing saved schedules';

/**
 * A page that loaded while the context was offline knows it, as a phone without a network does.
 * Debian's Chromium 150 does not carry the emulated offline state into a document that loads after
 * it was set: `navigator.onLine` reads true there (with 156 this test passed without the nudge). Set
 * again, it reaches the page as an `offline` event, which the badge answers as well.
 */
async function pageSeesOffline(context: BrowserContext, page: Page) {
	if (!(await page.evaluate(() => navigator.onLine))) return;
	await context.setOffline(false);
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

/** Waits until a service worker controls the page, which is also when the whole app is cached. */
async function waitForController(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** The names of the page's caches, and how many entries the tile cache holds. */
function cacheState(page: Page) {
	return page.evaluate(async () => {
		const names = await caches.keys();
		const tiles = names.find((name) => name.endsWith(':osm-tiles'));
		return { names, tiles: tiles ? (await (await caches.open(tiles)).keys()).length : 0 };
	});
}

/**
 * The map's first picture shows its basemap (written into the page), the basemap's picture for maps
 * drawn after a link is at hand, and Leaflet, once reached for, draws its own.
 */
async function expectMapWithBasemap(page: Page) {
	await expect(page.getByTestId('map-preview').first().locator('[data-basemap] path.land')).toHaveCount(1);
	expect(await page.evaluate(async (url) => (await fetch(url)).ok, at('/map/basemap.svg'))).toBe(true);
	// Ready, the live map has drawn its basemap, its lines and its airports.
	const map = await openLiveMap(page);
	await expect(map.locator('[data-line]').first()).toBeAttached();
}

// A second build of the same app with another version, as the next deploy would be. It takes ~15 s,
// so it starts with the first test and runs beside the others; the update test waits for it.
const v2Version = 'pwa-test-v2';
let v2: ReturnType<typeof buildInBackground> | undefined;

test.beforeAll(({}, testInfo) => {
	const port = Number(process.env.PORT ?? 4173);
	v2 = buildInBackground(resolve(testInfo.project.outputDir, 'build-v2'), {
		APP_VERSION: v2Version,
		// Its own working folder, so it cannot disturb a build running beside it.
		KIT_OUT_DIR: port === 4173 ? '.svelte-kit-v2' : `.svelte-kit-v2-${port}`
	});
});

test.afterAll(() => v2?.stop());

test('the manifest parses and every icon is a PNG of its declared size', async ({ page, request }) => {
	await page.goto(at('/'));
	const manifestUrl = new URL((await page.locator('link[rel="manifest"]').getAttribute('href'))!, page.url());
	const response = await request.get(manifestUrl.href);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'Nonstop — Almaty ⇄ Seoul direct flights',
		short_name: 'Nonstop',
		display: 'standalone',
		lang: 'en',
		dir: 'ltr',
		categories: ['travel', 'navigation']
	});
	expect(manifest.description.length).toBeGreaterThan(20);
	// Relative to the manifest, so a sub-path deploy needs no other manifest.
	for (const key of ['start_url', 'scope', 'id']) {
		expect(new URL(manifest[key], manifestUrl).pathname, key).toBe(`${base}/`);
	}
	const kinds = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
	expect(kinds).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));

	const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	const icons = [...manifest.icons, { src: new URL(appleIcon!, page.url()).href, sizes: '180x180', type: 'image/png' }];
	for (const icon of icons) {
		const file = await request.get(new URL(icon.src, manifestUrl).href);
		expect(file.status(), icon.src).toBe(200);
		expect(file.headers()['content-type'], icon.src).toBe('image/png');
		expect(icon.type).toBe('image/png');
		const png = await file.body();
		expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
		// Width and height are the first fields of the IHDR chunk.
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
	}

	await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveCount(1);
	await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveCount(1);
	await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', 'Nonstop');
});

/** Each language's app: a page of it, its home (start_url and scope), and words of its name. */
const apps = [
	{ lang: 'en', pages: ['/', '/about'], home: '/', name: 'Nonstop — Almaty ⇄ Seoul direct flights', script: /[a-z]/ },
	{ lang: 'ru', pages: ['/ru/', '/ru/routes/ala-icn'], home: '/ru/', name: 'Nonstop — прямые рейсы Алматы ⇄ Сеул', script: /[а-яё]/ },
	{ lang: 'kk', pages: ['/kk/', '/kk/about'], home: '/kk/', name: 'Nonstop — Алматы ⇄ Сеул тікелей рейстері', script: /[әғқңөұүһі]/ },
	{ lang: 'ko', pages: ['/ko/', '/ko/airports/icn'], home: '/ko/', name: 'Nonstop — 알마티 ⇄ 서울 직항편', script: /[가-힣]/ }
] as const;

test('each language installs as its own app: every page links a manifest in its language that opens at its home', async ({
	page,
	request
}) => {
	// Every language's pages, one load each: 24 s on a slow run, near the default 30.
	test.slow();
	const ids = new Set<string>();
	for (const app of apps) {
		for (const path of app.pages) {
			await page.goto(at(path));
			await expect(page.locator('html')).toHaveAttribute('lang', app.lang);
			await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
			const manifestUrl = new URL((await page.locator('link[rel="manifest"]').getAttribute('href'))!, page.url());
			const response = await request.get(manifestUrl.href);
			expect(response.status(), manifestUrl.pathname).toBe(200);
			expect(response.headers()['content-type']).toContain('application/manifest+json');
			const manifest = await response.json();
			expect(manifest, path).toMatchObject({ lang: app.lang, name: app.name, short_name: 'Nonstop', display: 'standalone' });
			expect(manifest.description, path).toMatch(app.script);
			const home = `${base}${app.home}`;
			for (const key of ['start_url', 'scope', 'id']) {
				expect(new URL(manifest[key], manifestUrl).pathname, `${path} ${key}`).toBe(home);
			}
			// The page itself is inside its app, so following its links never leaves it.
			expect(new URL(page.url()).pathname.startsWith(home), path).toBe(true);
			for (const icon of manifest.icons as { src: string }[]) {
				expect((await request.get(new URL(icon.src, manifestUrl).href)).status(), icon.src).toBe(200);
			}
			ids.add(new URL(manifest.id, manifestUrl).href);
		}
		// The app opens at its home, in its language.
		await page.goto(at(app.home));
		await expect(page.locator('html')).toHaveAttribute('lang', app.lang);
		await expect(page).toHaveURL(new RegExp(`${at(app.home).replace(/[/.]/g, '\\$&')}$`));
	}
	expect(ids.size).toBe(apps.length);
});

test('Chromium finds the app installable', async ({ baseURL }, testInfo) => {
	// Installability is not checked in incognito contexts, so this one has a profile of its own.
	const userDataDir = mkdtempSync(join(tmpdir(), 'nonstop-pwa-'));
	const { executablePath, args } = testInfo.project.use.launchOptions ?? {};
	const context = await chromium.launchPersistentContext(userDataDir, { executablePath, args, baseURL });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(at('/'));
		await waitForController(page);
		// English at the root, and a language's own app at its home.
		for (const [path, manifest] of [['/', '/manifest.webmanifest'], ['/kk/', '/kk/manifest.webmanifest']]) {
			await page.goto(at(path!));
			const cdp = await context.newCDPSession(page);
			const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
			expect(installabilityErrors, path).toEqual([]);
			const { url, errors } = await cdp.send('Page.getAppManifest');
			expect(errors, path).toEqual([]);
			expect(new URL(url).pathname, path).toBe(at(manifest!));
			await cdp.detach();
		}
	} finally {
		await context.close();
		rmSync(userDataDir, { recursive: true, force: true });
	}
});

test('a service worker controls the page after the first load and after a reload, with one cache per version', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.goto(at('/'));
	await waitForController(page);
	await page.reload();
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
		new URL(at('/service-worker.js'), page.url()).href
	);
	await expectMapWithBasemap(page);

	const version = (await page.locator('[data-app-version]').getAttribute('data-app-version'))!;
	const { names } = await cacheState(page);
	expect(names).toEqual([appCache(version)]);
	// Only our own origin's files are in it: nothing cross-origin is cached ahead.
	const origins = await page.evaluate(async (name) => {
		const keys = await (await caches.open(name)).keys();
		return [...new Set(keys.map((request) => new URL(request.url).origin))];
	}, appCache(version));
	expect(origins).toEqual([new URL(page.url()).origin]);
	expect(errors).toEqual([]);
});

test('where service workers are blocked, the page still runs, with no error', async ({ browser, baseURL }) => {
	// Playwright's block answers the registration with nothing rather than refusing it.
	const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const page = await context.newPage();
	const errors = watchConsole(page);
	await page.goto(at('/'));
	// The install and update notices load once the page is idle, and with them the registration.
	await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
	await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
	expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
	expect(errors).toEqual([]);
	await context.close();
});

test('offline, pages never visited open from the cache, with cards, the basemap and 404s', async ({ context, page }) => {
	// A page per kind, each opened offline: 27 s on a slow run, near the default 30.
	test.slow();
	// The only page visited online: it has no map, so Leaflet and the basemap must come from the precache.
	await page.goto(at('/airlines/kc'));
	await waitForController(page);
	await context.setOffline(true);
	const [worker] = context.serviceWorkers();
	expect(await worker!.evaluate((url) => fetch(url).then(() => 'online', () => 'offline'), at('/_app/version.json'))).toBe('offline');

	for (const [path, lang] of [
		['/', 'en'],
		['/routes/icn-ala', 'en'],
		['/ru/routes/ala-icn', 'ru']
	]) {
		const response = await page.goto(at(path!));
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang!);
		await expect(page.locator('h1')).toBeVisible();
		expect(await page.locator('[data-card]').count(), path).toBeGreaterThan(0);
		await expectMapWithBasemap(page);
	}
	await pageSeesOffline(context, page);
	await expect(page.getByRole('status').filter({ hasText: 'Нет сети' })).toBeVisible();

	// Each language's installed app starts offline: its home and its manifest come from the cache.
	for (const lang of ['ru', 'kk', 'ko']) {
		const response = await page.goto(at(`/${lang}/`));
		expect(response?.status(), lang).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), at(`/${lang}/manifest.webmanifest`));
		expect(manifest.lang).toBe(lang);
	}

	for (const [path, heading] of [
		['/about', 'Where the facts come from'],
		['/ko/about', '정보의 출처'],
		// Trailing slashes and query strings find the same cached pages.
		['/about/', 'Where the facts come from']
	]) {
		await page.goto(at(path!));
		await expect(page.locator('h1'), path).toHaveText(heading!);
		await expect(page.locator('#article-heading')).toBeVisible();
	}
	// The Korean page ran: its load fetched its own words (src/lib/pageOwnWords.ts), from the cache too.
	await page.goto(at('/ko/about'));
	await expect.poll(() => hasLoadedModule(page, 'src/lib/paraglide/messages/ko.js?page=about')).toBe(true);
	await page.goto(at('/routes/ala-icn?date=2025-04-11'));
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('heading')).toContainText('11 April 2025');
	// Offline, the departures' code, loaded only once scrolled to, comes from the cache too.
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2025-04-11');
	await pageSeesOffline(context, page);
	await expect(page.getByRole('status').filter({ hasText: OFFLINE_BADGE })).toBeVisible();

	const notFound = await page.goto(at('/no/such/page'));
	expect(notFound?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	const russianNotFound = await page.goto(at('/ru/no/such/page'));
	expect(russianNotFound?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Страница не найдена');

	await context.setOffline(false);
	await expect(page.getByRole('status').filter({ hasText: 'Нет сети' })).toHaveCount(0);
});

test('OpenStreetMap tiles are cached only as viewed, at most 200 of them', async ({ browser }) => {
	// The test fetches tiles from the page, which a Content-Security-Policy for the app need not allow.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	// A stand-in tile server, so the test needs no network and puts no load on OpenStreetMap.
	const tilePng = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/p+FUQQAAAABJRU5ErkJggg==',
		'base64'
	);
	await context.route('https://tile.openstreetmap.org/**', (route) =>
		route.fulfill({ status: 200, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' }, body: tilePng })
	);
	await page.goto(at('/routes/ala-icn'));
	await waitForController(page);
	await page.reload();
	await expectMapWithBasemap(page);
	expect((await cacheState(page)).tiles).toBe(0);

	await page.getByLabel('Street map').check();
	await expect.poll(async () => (await cacheState(page)).tiles).toBeGreaterThan(0);

	// Asked as the map's images ask (no CORS), bypassing the browser's own caches so the worker answers.
	const getTiles = (xs: number[]) =>
		page.evaluate(
			(urls) =>
				Promise.all(
					urls.map((url) =>
						fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(
							() => 'got',
							() => 'failed'
						)
					)
				),
			xs.map((x) => `https://tile.openstreetmap.org/12/${x}/7.png`)
		);
	// More tiles than the cache keeps, as panning around would fetch them.
	expect(new Set(await getTiles(Array.from({ length: 230 }, (_, x) => x)))).toEqual(new Set(['got']));
	await expect.poll(async () => (await cacheState(page)).tiles).toBe(200);

	// Offline, the newest viewed tile is still there; the first ones were evicted.
	await context.unrouteAll();
	await context.setOffline(true);
	expect(await getTiles([229, 0])).toEqual(['got', 'failed']);
	await context.close();
});

const offers = 'src/lib/components/pwa/PwaOffersLater.svelte';

test('the install button appears only when the browser offers to install', async ({ page }) => {
	await page.goto(at('/'));
	const install = page.getByRole('button', { name: 'Install app' });
	await expect(page.locator('[data-app-version]')).toBeVisible();
	await expect(install).toHaveCount(0);
	// With nothing to offer, the offers' code is never fetched: most visits have none to show.
	await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
	expect(await hasLoadedModule(page, offers)).toBe(false);

	// Chromium fires beforeinstallprompt on its own terms; a stand-in records whether we called prompt().
	const offer = () =>
		page.evaluate(() => {
			const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
				prompt: async () => void ((window as unknown as { prompted: boolean }).prompted = true),
				userChoice: Promise.resolve({ outcome: 'accepted', platform: 'web' })
			});
			dispatchEvent(event);
			return event.defaultPrevented;
		});
	// The listener is attached when the app's code has loaded; until then the offer goes unheard.
	// Heard, it is taken up (prevented) at once.
	await expect.poll(offer).toBe(true);
	await expect(install).toBeVisible();
	expect(await hasLoadedModule(page, offers)).toBe(true);
	expect((await install.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	await install.click();
	expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
	await expect(install).toHaveCount(0);

	// "Not now" is remembered across pages.
	await offer();
	await page.getByRole('button', { name: 'Not now' }).click();
	await expect(install).toHaveCount(0);
	await page.reload();
	await expect.poll(offer).toBe(true);
	// The offer was heard: once the page has painted since, a button it were to show would be there.
	await afterNextPaint(page);
	await expect(install).toHaveCount(0);
});

for (const storage of ['working', 'unreadable'] as const) {
	test(`iOS Safari gets the Add to Home Screen hint, dismissible (${storage} storage)`, async ({ browser }) => {
		const context = await browser.newContext({
			userAgent:
				'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		if (storage === 'unreadable') {
			await context.addInitScript(() => {
				const fail = () => {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				};
				Object.defineProperty(window, 'localStorage', { get: fail });
			});
		}
		const page = await context.newPage();
		const errors = watchConsole(page);
		await page.goto(at('/'));
		const hint = page.locator('[data-notice="ios-install"]');
		await expect(hint).toContainText('Add to Home Screen');
		await hint.getByRole('button', { name: 'Got it' }).click();
		await expect(hint).toHaveCount(0);
		await page.reload();
		await expect(page.locator('[data-app-version]')).toBeVisible();
		// The notices load once the page is idle; once their module has loaded and painted, a hint is on screen or never will be.
		await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
		// Remembered when storage works; shown again (and no error) when it cannot be read.
		await expect(hint).toHaveCount(storage === 'working' ? 0 : 1);
		expect(errors).toEqual([]);
		await context.close();
	});
}

test.describe('an update', () => {
	let v2Dir = '';

	test.beforeAll(async ({}, testInfo) => {
		testInfo.setTimeout(120_000);
		v2Dir = await v2!.built;
	});

	/**
	 * Version 1 served on a port of its own, in a new browser context; `deploy()` then replaces every
	 * file with version 2's on the same origin, as the next deploy would. Closed afterwards.
	 */
	async function whileDeploying(
		browser: Browser,
		use: (site: { origin: string; context: BrowserContext; deploy: () => Promise<void> }) => Promise<void>
	) {
		const port = await freePort();
		let server = await serve(buildDir, port);
		const context = await browser.newContext();
		try {
			const deploy = async () => {
				await stop(server);
				server = await serve(v2Dir, port);
			};
			await use({ origin: `http://127.0.0.1:${port}`, context, deploy });
		} finally {
			await context.close();
			await stop(server);
		}
	}

	test('is offered, waits, and is applied when the traveller clicks Reload', async ({ browser }) => {
		await whileDeploying(browser, async ({ origin, context, deploy }) => {
			const page = await context.newPage();
			const errors = watchConsole(page);
			await page.goto(origin + at('/routes/ala-icn'));
			await waitForController(page);
			const version = page.locator('[data-app-version]');
			const oldVersion = (await version.getAttribute('data-app-version'))!;
			expect(oldVersion).not.toBe(v2Version);

			await deploy();
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

			const prompt = page.getByRole('status').filter({ hasText: UPDATE_PROMPT });
			await expect(prompt).toBeVisible({ timeout: 20_000 });
			// The new worker waits for the traveller; the page still runs the old version.
			expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
			await expect(version).toHaveAttribute('data-app-version', oldVersion);
			// Both notices at once (offline too), checked with axe in both colour schemes.
			await context.setOffline(true);
			await expect(page.getByRole('status').filter({ hasText: OFFLINE_BADGE })).toBeVisible();
			await expectNoAxeViolations(page);
			await page.emulateMedia({ colorScheme: 'dark' });
			await expectNoAxeViolations(page);
			await context.setOffline(false);

			const reload = prompt.getByRole('button', { name: 'Reload' });
			expect((await reload.boundingBox())!.height).toBeGreaterThanOrEqual(44);
			await reload.focus();
			await page.keyboard.press('Enter');
			await expect(version).toHaveAttribute('data-app-version', v2Version);
			await expect(page.getByRole('status').filter({ hasText: UPDATE_PROMPT })).toHaveCount(0);
			await expect(page.locator('h1')).toBeVisible();
			// The old version's cache is gone; the new one holds the app.
			expect((await cacheState(page)).names).toEqual([appCache(v2Version)]);
			expect(errors).toEqual([]);
		});
	});

	test('accepted in one tab, is still offered in the other, which reloads into it', async ({ browser }) => {
		await whileDeploying(browser, async ({ origin, context, deploy }) => {
			const first = await context.newPage();
			await first.goto(origin + at('/'));
			await waitForController(first);
			const second = await context.newPage();
			const errors = watchConsole(second);
			await second.goto(origin + at('/routes/ala-icn'));
			await waitForController(second);
			const oldVersion = (await second.locator('[data-app-version]').getAttribute('data-app-version'))!;

			// The deploy replaces every file: the old version's are only in its worker's cache now.
			await deploy();
			await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
			for (const page of [first, second]) {
				await expect(page.getByRole('status').filter({ hasText: UPDATE_PROMPT })).toBeVisible({ timeout: 20_000 });
			}

			await first.getByRole('button', { name: 'Reload' }).click();
			await expect(first.locator('[data-app-version]')).toHaveAttribute('data-app-version', v2Version);
			// The other tab now runs under the new worker with the old version's page: still offered,
			// and its Reload brings the new version.
			await expect(second.locator('[data-app-version]')).toHaveAttribute('data-app-version', oldVersion);
			const prompt = second.getByRole('status').filter({ hasText: UPDATE_PROMPT });
			await expect(prompt).toBeVisible();
			await prompt.getByRole('button', { name: 'Reload' }).click();
			await expect(second.locator('[data-app-version]')).toHaveAttribute('data-app-version', v2Version);
			await expect(second.locator('h1')).toBeVisible();
			expect(errors).toEqual([]);
		});
	});
});
