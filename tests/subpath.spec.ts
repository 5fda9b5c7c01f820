/**
 * The app served under a sub-path (https://host/nonstop/), as `BASE_PATH=/nonstop npm run build`
 * makes it: its own build (~15 s, in beforeAll) served by scripts/serve.js with the same BASE_PATH.
 * Paraglide's default URL pattern reads the language from the first path segment, so what matters
 * is that it never sees the base (src/lib/basePath.ts): every language, link and 404 must stay
 * under /nonstop/.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { buildInBackground, cspViolations, freePort, openLiveMap, recordCspViolations, serve, stop, watchConsole } from './helpers';

const base = '/nonstop';
let origin = '';
let server: ChildProcess | undefined;
let build: ReturnType<typeof buildInBackground> | undefined;
/** An address on the sub-path server: `at('/ru')` → `http://127.0.0.1:<port>/nonstop/ru`. */
const at = (path: string) => `${origin}${base}${path}`;

test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(120_000);
	const port = Number(process.env.PORT ?? 4173);
	build = buildInBackground(resolve(testInfo.project.outputDir, 'build-subpath'), {
		BASE_PATH: base,
		// Its own working folder, so it cannot disturb a build running beside it.
		KIT_OUT_DIR: port === 4173 ? '.svelte-kit-subpath' : `.svelte-kit-subpath-${port}`
	});
	const dir = await build.built;
	const subPort = await freePort();
	server = await serve(dir, subPort, { BASE_PATH: base });
	origin = `http://127.0.0.1:${subPort}`;
});

test.afterAll(async () => {
	build?.stop();
	if (server) await stop(server);
});

test.beforeEach(({ page }) => recordCspViolations(page));

const violations = cspViolations;

/** The page's canonical link and its hreflang alternates. */
const headLinks = (page: Page) =>
	page.evaluate(() => ({
		canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
		alternates: Object.fromEntries(
			[...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
				link.getAttribute('hreflang'),
				link.getAttribute('href')
			])
		)
	}));

test('/nonstop/ renders the cards, its code and files from /nonstop/, with no console error or CSP violation', async ({ page }) => {
	const errors = watchConsole(page);
	const ours: string[] = [];
	const failed: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === origin) ours.push(url.pathname);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	const response = await page.goto(at('/'));
	expect(response?.status()).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	expect(await page.locator('[data-card]').count()).toBeGreaterThan(0);
	// The basemap is written into the page; its picture, for maps drawn after a link, is served under the base.
	await expect(page.getByTestId('map-preview').locator('[data-basemap] path.land')).toHaveCount(1);
	expect(await page.evaluate(async (url) => (await fetch(url)).status, `${base}/map/basemap.svg`)).toBe(200);
	await openLiveMap(page);

	expect(ours.filter((path) => path.startsWith(`${base}/_app/immutable/`)).length).toBeGreaterThan(0);
	expect(ours.filter((path) => !path.startsWith(`${base}/`))).toEqual([]);
	expect(failed).toEqual([]);
	await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `${base}/manifest.webmanifest`);

	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(policy).toMatch(/script-src 'self'/);
	expect(await violations(page)).toEqual([]);

	// Absolute addresses: origin, base, page. The site's home is the base with its slash, as Kit has it.
	const { canonical, alternates } = await headLinks(page);
	const site = new URL(canonical!).origin;
	expect(canonical).toBe(`${site}${base}/`);
	expect(alternates).toEqual({
		en: `${site}${base}/`,
		ru: `${site}${base}/ru/`,
		kk: `${site}${base}/kk/`,
		ko: `${site}${base}/ko/`,
		'x-default': `${site}${base}/`
	});
	expect(errors).toEqual([]);
});

test('links stay under /nonstop/: the menu, a filter and the map’s airport popup', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto(at('/'));
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All routes' }).click();
	await expect(page).toHaveURL(at('/routes'));
	await expect(page.locator('h1')).toContainText('Kazakhstan and Korea');
	await page.locator('li[data-route="ala-icn"]').getByRole('heading').getByRole('link').click();
	await expect(page).toHaveURL(at('/routes/ala-icn'));
	await expect(page.locator('h1')).toContainText('Seoul');

	await page.locator('a[data-airline="KC"]').first().click();
	await expect(page).toHaveURL(at('/routes/ala-icn?airline=kc'));
	await expect(page.locator('[data-card][data-airline="KC"]').first()).toBeVisible();

	// The map draws in steps; ready, it has drawn its basemap.
	const map = await openLiveMap(page);
	await map.locator('[data-airport="ICN"]').click();
	const popupLink = map.getByRole('link', { name: 'Incheon International Airport (ICN)' });
	await expect(popupLink).toHaveAttribute('href', `${base}/airports/icn`);
	// Opening, the popup pans the map to show itself whole: tap its link once the map stands still.
	await expect(map).not.toHaveAttribute('data-moving');
	await popupLink.click();
	await expect(page).toHaveURL(at('/airports/icn'));
	await expect(page.locator('h1')).toContainText('Incheon');
	expect(await violations(page)).toEqual([]);
	expect(errors).toEqual([]);
});

test('the language switcher goes to /nonstop/ru/… keeping the query, and /nonstop/ru is Russian', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto(at('/routes/icn-ala?airline=ze'));
	const russian = page.getByRole('link', { name: 'Русский' });
	// The query is added to the links once the page runs in the browser.
	await expect(russian).toHaveAttribute('href', `${base}/ru/routes/icn-ala?airline=ze`);
	await russian.click();
	await expect(page).toHaveURL(at('/ru/routes/icn-ala?airline=ze'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('h1')).toContainText('Сеул');
	await expect(page.locator('[data-card]')).toHaveCount(1);
	await expect(page.locator('[data-card]')).toHaveAttribute('data-airline', 'ZE');
	// The app in the browser reads Russian from the path inside the site, not from "nonstop".
	await expect(page.getByRole('link', { name: 'Алматы → Сеул' }).first()).toHaveAttribute('href', `${base}/ru/routes/ala-icn`);
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', `${base}/routes/icn-ala?airline=ze`);

	await page.goto(at('/ru/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('link', { name: 'Алматы ⇄ Сеул' })).toHaveAttribute('aria-current', 'page');
	const { canonical, alternates } = await headLinks(page);
	const site = new URL(canonical!).origin;
	expect(canonical).toBe(`${site}${base}/ru/`);
	// The Russian app's manifest, under the base too, starts and stays at the Russian home.
	const manifestHref = `${base}/ru/manifest.webmanifest`;
	await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', manifestHref);
	const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), manifestHref);
	expect(manifest.lang).toBe('ru');
	for (const key of ['start_url', 'scope', 'id']) expect(new URL(manifest[key], at('/ru/manifest.webmanifest')).pathname, key).toBe(`${base}/ru/`);
	expect(alternates.en).toBe(`${site}${base}/`);
	await page.getByRole('link', { name: '한국어' }).click();
	await expect(page).toHaveURL(at('/ko/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	expect(errors).toEqual([]);
});

test('an unknown address under /nonstop/ gets the 404 page, in its language, with status 404', async ({ page }) => {
	const errors = watchConsole(page);
	const notFound = await page.goto(at('/xyz'));
	expect(notFound?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'All direct flights: Almaty ⇄ Seoul' })).toHaveAttribute('href', `${base}/`);

	const russian = await page.goto(at('/ru/no/such/page'));
	expect(russian?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('h1')).toHaveText('Страница не найдена');
	await page.getByRole('link', { name: 'Все прямые рейсы: Алматы ⇄ Сеул' }).click();
	await expect(page).toHaveURL(at('/ru/'));
	expect(await violations(page)).toEqual([]);
	// The 404 page's own responses are expected; anything else logged is not.
	expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
});

test('the service worker registers with scope /nonstop/ and takes over the page', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto(at('/about'));
	// Control comes after the install, which fails if any precached file (all under /nonstop/) is missing.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
	const registration = await page.evaluate(async () => {
		const found = await navigator.serviceWorker.getRegistration();
		return { scope: found?.scope, script: found?.active?.scriptURL };
	});
	expect(registration).toEqual({ scope: at('/'), script: at('/service-worker.js') });
	expect(errors).toEqual([]);
});
