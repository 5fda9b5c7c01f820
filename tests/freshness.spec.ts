import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixClock, scrollToSection } from './helpers';

// Eastar Jet's days and times were announced in April 2025 for the 2025 summer season (to 25
// October 2025); no source confirms them since. The same pages read on two days: the day after the
// first flight, and the day a traveller opens the app twenty months later.
const DAY_AFTER_START = '2025-04-08T09:00:00Z';
const LATER = '2026-12-01T09:00:00Z';

const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

async function downloadFirstCalendarFile(page: Page) {
	await scrollToSection(page, 'next-departures');
	const first = page.getByTestId('next-departures').getByRole('listitem').first();
	const [download] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: /^Add to calendar/ }).click()]);
	return unfold(readFileSync(await download.path(), 'utf8'));
}

test.describe('the day after Eastar Jet’s first flight', () => {
	test('the home page presents the timetable as confirmed, with New', async ({ page }) => {
		await fixClock(page, DAY_AFTER_START);
		await page.goto('/');
		const eastar = page.locator('[data-card="ze-ala-icn"]');
		await expect(eastar.locator('[data-new]')).toHaveText('New');
		await expect(eastar.locator('[data-timetable-season]')).toHaveText('Summer 2025 timetable, published 8 Apr 2025');
		await expect(eastar.locator('[data-unconfirmed]')).toHaveCount(0);

		await scrollToSection(page, 'next-departures');
		const next = page.getByTestId('next-departures').getByRole('listitem');
		await expect(next.first()).toHaveAttribute('data-date', '2025-04-11');
		await expect(page.getByTestId('next-departures').locator('li[data-confirmed="false"]')).toHaveCount(0);
		await expect(page.getByTestId('next-departures').locator('[data-unconfirmed]')).toHaveCount(0);
	});

	test('the route page’s timetable and departures carry no mark', async ({ page }) => {
		await fixClock(page, DAY_AFTER_START);
		await page.goto('/routes/icn-ala');
		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-confirmed', 'true');
		await expect(page.locator('[data-unconfirmed-row]')).toHaveCount(0);
	});

	test('a picked date past the season is marked, on that same day', async ({ page }) => {
		await fixClock(page, DAY_AFTER_START);
		await page.goto('/routes/icn-ala?date=2025-11-01');
		// The first Monday after summer 2025 ends: listed, but from the last published timetable.
		await scrollToSection(page, 'next-departures');
		const first = page.getByTestId('next-departures').getByRole('listitem').first();
		await expect(first).toHaveAttribute('data-date', '2025-11-03');
		await expect(first).toHaveAttribute('data-confirmed', 'false');
		await expect(page.locator('[data-unconfirmed-row="ze-icn-ala"]')).toContainText('not confirmed since');
	});

	test('its calendar file reads as a confirmed flight', async ({ page }) => {
		await fixClock(page, DAY_AFTER_START);
		await page.goto('/routes/icn-ala');
		const lines = await downloadFirstCalendarFile(page);
		expect(lines).toContain('DTSTART:20250411T103000Z');
		expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).not.toContain('not confirmed');
	});
});

test.describe('twenty months later, on 1 December 2026', () => {
	test('the home page lists the flights but presents none as confirmed, and New is gone', async ({ page }) => {
		await fixClock(page, LATER);
		await page.goto('/');
		const eastar = page.locator('[data-card="ze-ala-icn"]');
		await expect(eastar.locator('[data-new]')).toHaveCount(0);
		const mark = eastar.locator('[data-unconfirmed]');
		await expect(mark).toContainText('From the last published timetable (April 2025), not confirmed since');
		await expect(mark.getByRole('link', { name: 'Check with Eastar Jet' })).toHaveAttribute('href', 'https://www.eastarjet.com/');

		await scrollToSection(page, 'next-departures');
		const next = page.getByTestId('next-departures').getByRole('listitem');
		await expect(next.first()).toHaveAttribute('data-date', '2026-12-04');
		await expect(page.getByTestId('next-departures').locator('li[data-confirmed="true"]')).toHaveCount(0);
		await expect(next.first()).toContainText('Not confirmed');
		await expect(page.getByTestId('next-departures').locator('[data-unconfirmed]')).toContainText('(April 2025)');
	});

	test('the route page marks the weekly timetable and every departure', async ({ page }) => {
		await fixClock(page, LATER);
		await page.goto('/routes/ala-icn');
		await expect(page.locator('[data-unconfirmed-row="ze-ala-icn"]')).toContainText('not confirmed since');
		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2026-12-04');
		await expect(page.getByTestId('next-departures').locator('li[data-confirmed="true"]')).toHaveCount(0);
	});

	test('its calendar file says first that nothing confirms the flight, and where to check', async ({ page }) => {
		await fixClock(page, LATER);
		await page.goto('/routes/icn-ala');
		const lines = await downloadFirstCalendarFile(page);
		expect(lines).toContain('DTSTART:20261204T103000Z');
		const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
		expect(description).toMatch(
			/^DESCRIPTION:From the last published timetable \(April 2025\)\\, not confirmed since\. Check with Eastar Jet: https:\/\/www\.eastarjet\.com\/\\n/
		);
	});

	test('a saved flight says it too, and one saved inside the season does not', async ({ page }) => {
		await fixClock(page, LATER);
		await page.goto('/');
		await page.evaluate(() =>
			localStorage.setItem(
				'nonstop.savedFlights.v1',
				JSON.stringify({
					version: 1,
					flights: [
						{ service: 'ze-icn-ala', date: '2025-04-11' },
						{ service: 'ze-icn-ala', date: '2026-12-07' }
					]
				})
			)
		);
		await page.reload();
		await scrollToSection(page, 'saved-flights');
		const saved = page.getByTestId('saved-flights').getByRole('listitem');
		await expect(saved).toHaveCount(2);
		await expect(page.getByTestId('saved-flights').locator('li[data-date="2026-12-07"]')).toHaveAttribute('data-confirmed', 'false');
		await expect(page.getByTestId('saved-flights').locator('li[data-date="2026-12-07"] [data-unconfirmed]')).toContainText('not confirmed since');
		await expect(page.getByTestId('saved-flights').locator('li[data-date="2025-04-11"]')).toHaveAttribute('data-confirmed', 'true');
		await expect(page.getByTestId('saved-flights').locator('li[data-date="2025-04-11"] [data-unconfirmed]')).toHaveCount(0);
	});

	test('the footer keeps the search date apart from the newest source and the newest timetable', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[data-sources-searched]')).toHaveText('Sources last searched: 2 Dec 2026');
		// Segye Ilbo's report of the Korean Air integration, 24 February 2026.
		await expect(page.locator('[data-newest-source]')).toHaveText('Newest source: 24 Feb 2026');
		// The newest of every route's: Busan–Almaty's, announced in January 2026.
		await expect(page.locator('[data-newest-timetable]')).toHaveText('Newest timetable, all routes: January 2026');
		await page.goto('/ru/');
		await expect(page.locator('[data-newest-timetable]')).toHaveText('Самое свежее расписание, все маршруты: январь 2026\u00a0г.');
	});

	test('without JavaScript, the prerendered page already says the timetable is past its season', async ({ browser }) => {
		// The page is built with the day the sources were searched as "now": 2 December 2026.
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('[data-card="ze-ala-icn"] [data-unconfirmed]')).toBeVisible();
		await expect(page.locator('[data-card="ze-ala-icn"] [data-new]')).toHaveCount(0);
		await context.close();
	});
});

test('the figures carry their date and scope', async ({ page }) => {
	await fixClock(page, LATER);
	// The country-wide total is on the page of every route, once.
	await page.goto('/routes');
	await expect(page.locator('[data-route-fact="kz-kr-weekly-2025-04"]')).toContainText('between Kazakhstan and Korea, all routes');
	await expect(page.locator('[data-route-fact="kz-kr-weekly-2025-04"] [data-as-of]')).toHaveText('as of April 2025');
	await page.goto('/');
	await expect(page.locator('[data-route-fact="kz-kr-weekly-2025-04"]')).toHaveCount(0);
	await expect(page.locator('[data-route-fact="ala-icn-weekly-2024-06"]')).toContainText('Air Astana 7 · Asiana Airlines 5');
	await expect(page.locator('[data-route-fact="ala-icn-weekly-2024-06"] [data-as-of]')).toHaveText('as of June 2024');
	await expect(page.locator('[data-card="oz-ala-icn"] [data-since-between]')).toContainText('Seoul (Gimpo)–Almaty');
	await expect(page.locator('[data-card="kc-ala-icn"] [data-weekly]')).toContainText('(last reported June 2024)');
	// The route page shows its pair's figures, never the country-wide total.
	await page.goto('/routes/ala-icn');
	await expect(page.locator('[data-route-fact="ala-icn-weekly-2024-06"]')).toBeVisible();
	await expect(page.locator('[data-route-fact="kz-kr-weekly-2025-04"]')).toHaveCount(0);
});

test('each airline’s card and page link to its own site', async ({ page }) => {
	await fixClock(page, LATER);
	await page.goto('/');
	for (const [card, site] of [
		['kc-ala-icn', 'https://airastana.com/'],
		['oz-ala-icn', 'https://flyasiana.com/']
	]) {
		await expect(page.locator(`[data-card="${card}"] [data-unconfirmed] a[href="${site}"]`)).toBeVisible();
	}
	await page.goto('/airlines/oz');
	await expect(page.locator('[data-check-airline]')).toHaveAttribute('href', 'https://flyasiana.com/');
});

test('an airport page cites aeronautical data for its position and the time-zone database for its offsets', async ({ page }) => {
	await page.goto('/airports/ala');
	const cited = page.locator('[data-airport-sources]');
	await expect(cited.locator('li').first()).toContainText(/position and elevation: OurAirports/i);
	await expect(cited.getByRole('link', { name: 'OurAirports', exact: true })).toHaveAttribute('href', /\/about#source-ourairports$/);
	await expect(cited.locator('li').nth(1)).toContainText(/UTC offsets: IANA time zone database/);
	await page.goto('/ko/airports/icn');
	await expect(page.locator('[data-airport-sources]')).toContainText('IANA 시간대 데이터베이스');
});
