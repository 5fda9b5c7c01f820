/**
 * The app built with an airport's schedule snapshot, as a nightly import would leave one: a
 * constructed snapshot from tests/fixtures/official/snapshots (never shipped), in a build of its own
 * (~15 s, in beforeAll). Read on two days: the day after the fetch, and after the rows' last date.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { buildInBackground, fixClock, freePort, scrollToSection, serve, stop, visibleText, watchConsole } from './helpers';

const FRESH = '2026-12-03T09:00:00Z';
// The rows run to 27 March 2027; a week into summer 2027 nothing has been fetched since.
const LATER = '2027-04-05T09:00:00Z';
let origin = '';
let server: ChildProcess | undefined;
let build: ReturnType<typeof buildInBackground> | undefined;

test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(120_000);
	const port = Number(process.env.PORT ?? 4173);
	build = buildInBackground(resolve(testInfo.project.outputDir, 'build-official'), {
		OFFICIAL_SNAPSHOTS: 'tests/fixtures/official/snapshots',
		KIT_OUT_DIR: port === 4173 ? '.svelte-kit-official' : `.svelte-kit-official-${port}`
	});
	const dir = await build.built;
	const officialPort = await freePort();
	server = await serve(dir, officialPort);
	origin = `http://127.0.0.1:${officialPort}`;
});

test.afterAll(async () => {
	build?.stop();
	if (server) await stop(server);
});

async function open(page: Page, clock: string, path: string) {
	await fixClock(page, clock);
	await page.goto(origin + path);
}

test('the day after the fetch: cards say what the airport lists, and what it does not', async ({ page }) => {
	const errors = watchConsole(page);
	await open(page, FRESH, '/');
	const asiana = page.locator('[data-card="oz-ala-icn"]');
	await expect(asiana.locator('[data-official]')).toHaveText('Season schedule of Incheon International Airport Corporation, valid to 27 Mar 2027, fetched 2 Dec 2026');
	await expect(asiana.locator('[data-official-stale]')).toHaveCount(0);
	// Its days and Incheon time are the airport's; the Almaty end is not published, not worked out.
	const row = asiana.locator('tr[data-leg="oz-icn-ala"]');
	await expect(row.locator('[data-leg-days]')).toHaveText('Mon, Wed, Fri');
	expect(await visibleText(row.locator('[data-flight-time]'))).toBe('10:10 → –');
	await expect(row.locator('[data-flight-number] [data-fact-state]')).toHaveAttribute('data-fact-state', 'confirmed');
	// Eastar Jet moved to 20:10 in the airport's schedule: the airport outranks the news.
	const eastar = page.locator('[data-card="ze-ala-icn"]');
	expect(await visibleText(eastar.locator('tr[data-leg="ze-icn-ala"] [data-flight-time]'))).toBe('20:10 → –');
	await expect(eastar.locator('tr[data-leg="ze-icn-ala"] [data-flight-number]')).toContainText('ZE601');
	await expect(eastar.locator('[data-unconfirmed]')).toHaveCount(0);
	// Air Astana is in the news but not in the airport's schedule.
	await expect(page.locator('[data-card="kc-ala-icn"] [data-not-in-official]')).toHaveText(
		'Not in the season schedule of Incheon International Airport Corporation, fetched 2 Dec 2026'
	);
	// In Korean, from the same snapshot.
	await page.goto(origin + '/ko/');
	await expect(page.locator('[data-card="oz-ala-icn"] [data-official]')).toContainText('인천국제공항공사 정기 운항 일정');
	expect(errors).toEqual([]);
});

test('a flight only the airport lists appears on its route, with what the airport gives', async ({ page }) => {
	await open(page, FRESH, '/routes');
	const added = page.locator('[data-route="nqz-icn"] [data-route-airline="oz-icn-nqz"]');
	await expect(added).toContainText('Asiana Airlines');
	await expect(added.locator('[data-days]')).toHaveText('Tue, Sat');
	await page.goto(origin + '/routes/icn-nqz');
	const card = page.locator('[data-card="oz-icn-nqz"]');
	await expect(card.locator('[data-official]')).toContainText('valid to 27 Mar 2027');
	expect(await visibleText(card.locator('tr [data-flight-time]').first())).toBe('11:20 → –');
	await expect(card.locator('[data-flight-number]')).toContainText('OZ575');
});

test('a saved flight the airport moved or dropped says so until dismissed', async ({ page }) => {
	await open(page, FRESH, '/');
	await page.evaluate(() =>
		localStorage.setItem(
			'nonstop.savedFlights.v1',
			JSON.stringify({
				version: 1,
				flights: [
					{ service: 'ze-icn-ala', date: '2026-12-07', time: '19:30' },
					// A Tuesday: the airport lists Mondays and Fridays only.
					{ service: 'ze-icn-ala', date: '2026-12-08', time: '19:30' }
				]
			})
		)
	);
	await page.reload();
	await scrollToSection(page, 'saved-flights');
	const moved = page.getByTestId('saved-flights').locator('[data-saved-change="moved"]');
	await expect(moved).toContainText('now 20:10, was 19:30');
	const dropped = page.getByTestId('saved-flights').locator('[data-saved-change="dropped"]');
	await expect(dropped).toContainText('not in the schedule since 2 Dec 2026');
	await expect(page.getByTestId('saved-flights').locator('li[data-date="2026-12-07"]')).toBeVisible();

	await moved.getByRole('button', { name: 'Dismiss' }).click();
	await expect(moved).toHaveCount(0);
	await page.reload();
	await scrollToSection(page, 'saved-flights');
	await expect(page.getByTestId('saved-flights').locator('[data-saved-change="moved"]')).toHaveCount(0);
	// The other is still said, and the flight still saved.
	await expect(page.getByTestId('saved-flights').locator('[data-saved-change="dropped"]')).toBeVisible();
	await expect(page.getByTestId('saved-flights').locator('li[data-date="2026-12-07"]')).toBeVisible();
	await page.getByTestId('saved-flights').locator('[data-saved-change="dropped"]').getByRole('button', { name: 'Dismiss' }).click();
	await page.reload();
	await scrollToSection(page, 'saved-flights');
	await expect(page.getByTestId('saved-flights').locator('[data-saved-change]')).toHaveCount(0);
});

test('past the rows’ last date, with no fetch since, the same cards say how old the schedule is and confirm nothing', async ({ page }) => {
	await open(page, LATER, '/');
	const asiana = page.locator('[data-card="oz-ala-icn"]');
	await expect(asiana.locator('[data-official-stale]').first()).toHaveText('124 days old');
	await expect(asiana.locator('[data-unconfirmed]').first()).toContainText('From the last published timetable (December 2026), not confirmed since');
	await expect(asiana.locator('tr[data-leg="oz-icn-ala"] [data-flight-number] [data-fact-state]')).toHaveAttribute('data-fact-state', 'last-reported');
	await expect(page.locator('[data-card="kc-ala-icn"] [data-not-in-official] [data-official-stale]')).toHaveText('124 days old');
	// A flight saved at the news's time still says the airport moved it.
	await page.evaluate(() =>
		localStorage.setItem('nonstop.savedFlights.v1', JSON.stringify({ version: 1, flights: [{ service: 'ze-icn-ala', date: '2027-04-09', time: '19:30' }] }))
	);
	await page.reload();
	await scrollToSection(page, 'saved-flights');
	await expect(page.getByTestId('saved-flights').locator('[data-saved-change="moved"]')).toContainText('now 20:10, was 19:30');
	await expect(page.getByTestId('saved-flights').locator('li[data-date="2027-04-09"]')).toHaveAttribute('data-confirmed', 'false');
});
