import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixClock, scrollToSection, visibleText } from './helpers';

// Every kind of schedule fact ages by one rule: confirmed to the end of the season its newest source
// covers, then last reported. The same pages read on two days: 1 June 2025 (summer 2025, when the
// spring reports held) and 2 December 2026 (winter 2026/27, which no source covers).
const SUMMER_2025 = '2025-06-01T09:00:00Z';
const WINTER_2026 = '2026-12-02T09:00:00Z';

/** The state of every dated fact in a part of the page, as the one ageing rule gave it. */
const states = (part: Locator) => part.locator('[data-fact-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact-state')));

async function open(page: Page, clock: string, path: string) {
	await fixClock(page, clock);
	await page.goto(path);
}

test.describe('on 2 December 2026, no source covers the season', () => {
	test('the network page shows no fact of any route as current, each with its date', async ({ page }) => {
		await open(page, WINTER_2026, '/routes');
		const lines = page.locator('[data-route-airline]');
		await expect(lines).toHaveCount(6);
		for (const line of await lines.all()) {
			await expect(line.locator('[data-unconfirmed]')).toHaveText('Not confirmed');
			const found = await states(line);
			expect(found.length).toBeGreaterThan(0);
			expect(new Set(found)).toEqual(new Set(['last-reported']));
		}
		// SCAT's four a week was announced for summer 2026: it is what was last reported, with its month.
		await expect(page.locator('[data-route-airline="dv-cit-icn"] [data-weekly]')).toHaveText('4 flights a week (last reported January 2026)');
	});

	test('a SCAT card gives summer 2026’s Incheon departures as last reported, the Shymkent end as not published', async ({ page }) => {
		await open(page, WINTER_2026, '/routes/icn-cit');
		const card = page.locator('[data-card="dv-cit-icn"]');
		const row = card.locator('tr[data-leg="dv-icn-cit-s26-jul"]');
		await expect(row.locator('[data-leg-days]')).toHaveText('Mon, Tue, Fri, Sat');
		expect(await visibleText(row.locator('[data-flight-time]'))).toBe('05:45 → –');
		await expect(row.locator('[data-time-not-published]')).toContainText('Not published');
		await expect(card.locator('[data-unconfirmed]').first()).toContainText('From the last published timetable (January 2026), not confirmed since');
		expect(new Set(await states(card))).toEqual(new Set(['last-reported']));
		// Its departures are listed from that timetable, each marked, with no arrival made up.
		await scrollToSection(page, 'next-departures');
		const first = page.getByTestId('next-departures').getByRole('listitem').first();
		await expect(first).toHaveAttribute('data-confirmed', 'false');
		await expect(first).toHaveAttribute('data-service', 'dv-icn-cit-s26-jul');
	});

	test('an Asiana card shows every fact and notice as last reported, and says to check the flight number', async ({ page }) => {
		await open(page, WINTER_2026, '/');
		const card = page.locator('[data-card="oz-ala-icn"]');
		await expect(card.locator('[data-operates][data-unconfirmed]')).toContainText('Not confirmed');
		await expect(card.locator('[data-flight-numbers]')).toContainText('(last reported January 2022)');
		await expect(card.locator('[data-weekly]')).toContainText('5 flights a week (last reported June 2024)');
		await expect(card.locator('[data-notice="asiana-korean-air-integration"]')).toContainText('Joining Korean Air');
		await expect(card.locator('[data-notice="asiana-korean-air-integration"]')).toContainText('(last reported February 2026)');
		await expect(card.getByRole('link', { name: 'Check your flight number with Asiana Airlines' })).toHaveAttribute('href', 'https://flyasiana.com/');
		await expect(card.locator('[data-notice="asiana-incheon-terminal-2"]')).toContainText('Terminal 2');
		expect(new Set(await states(card))).toEqual(new Set(['last-reported']));
		// The airline's page gives each notice in full.
		await page.goto('/airlines/oz');
		await expect(page.locator('[data-notice="asiana-korean-air-integration"]').first()).toContainText('flight numbers, website and check-in may change');
	});

	test('a SCAT flight’s calendar file and saved flight say it is not confirmed, and invent no arrival', async ({ page }) => {
		await open(page, WINTER_2026, '/routes/icn-cit');
		await scrollToSection(page, 'next-departures');
		const first = page.getByTestId('next-departures').getByRole('listitem').first();
		const [download] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: /^Add to calendar/ }).click()]);
		const lines = readFileSync(await download.path(), 'utf8').replace(/\r\n /g, '').split('\r\n');
		const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
		expect(description).toMatch(/^DESCRIPTION:From the last published timetable \(January 2026\)\\, not confirmed since/);
		expect(description).toContain('Arrival time not published');
		expect(lines.some((l) => l.startsWith('DTEND'))).toBe(false);

		await first.getByRole('button', { name: /^Save/ }).click();
		await scrollToSection(page, 'saved-flights');
		const saved = page.getByTestId('saved-flights').locator('li[data-service="dv-icn-cit-s26-jul"]');
		await expect(saved).toHaveAttribute('data-confirmed', 'false');
		await expect(saved.locator('[data-unconfirmed]')).toContainText('not confirmed since');
	});
});

test.describe('on 1 June 2025, inside summer 2025', () => {
	test('the network page shows the facts of that season as current', async ({ page }) => {
		await open(page, SUMMER_2025, '/routes');
		for (const id of ['ze-ala-icn', 'dv-cit-icn']) {
			const line = page.locator(`[data-route-airline="${id}"]`);
			await expect(line.locator('[data-unconfirmed]')).toHaveCount(0);
			expect(await states(line), id).not.toContain('last-reported');
		}
		await expect(page.locator('[data-route-airline="dv-cit-icn"] [data-days]')).toHaveText('Mon, Thu');
		await expect(page.locator('[data-route-airline="dv-cit-icn"] [data-weekly]')).toHaveText('2 flights a week (announced May 2025)');
	});

	test('a SCAT card gives summer 2025’s timetable, each day with its own times', async ({ page }) => {
		await open(page, SUMMER_2025, '/routes/cit-icn');
		const card = page.locator('[data-card="dv-cit-icn"]');
		expect(await visibleText(card.locator('tr[data-leg="dv-cit-icn-s25-mon"] [data-flight-time]'))).toBe('14:00 → 00:20+1');
		expect(await visibleText(card.locator('tr[data-leg="dv-cit-icn-s25-thu"] [data-flight-time]'))).toBe('19:40 → 05:55+1');
		await expect(card.locator('[data-timetable-season]')).toHaveText('Summer 2025 timetable, published 16 May 2025');
		await expect(card.locator('[data-unconfirmed]')).toHaveCount(0);
		expect(await states(card)).not.toContain('last-reported');
	});

	test('an Asiana card shows that it flies as current, and its older figures with their dates', async ({ page }) => {
		await open(page, SUMMER_2025, '/');
		const card = page.locator('[data-card="oz-ala-icn"]');
		await expect(card.locator('[data-operates]')).not.toHaveAttribute('data-unconfirmed');
		// Reported in 2025 for summer 2025; the flight numbers and frequency are older, and say so.
		await expect(card.locator('[data-operates] [data-fact-state]')).toHaveAttribute('data-fact-state', 'confirmed');
		await expect(card.locator('[data-flight-numbers] [data-fact-state]')).toHaveAttribute('data-fact-state', 'last-reported');
	});
});

test('every card’s note on who flies names its own route', async ({ page }) => {
	await fixClock(page, WINTER_2026);
	for (const path of ['/airlines/kc', '/airlines/oz', '/airlines/ze', '/airlines/dv']) {
		await page.goto(path);
		const cards = page.locator('[data-card]');
		expect(await cards.count(), path).toBeGreaterThan(0);
		for (const card of await cards.all()) {
			// The heading names the airline and, for screen readers, the route: "Air Astana, Almaty ⇄ Seoul".
			const route = (await card.getByRole('heading', { level: 3 }).textContent())!.split(',').slice(1).join(',').trim();
			const mark = card.locator('[data-operates] [data-source-mark]');
			await expect(mark.locator('summary')).toHaveAccessibleName(new RegExp(`^Sources: Flies ${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
			const others = ['Almaty ⇄ Seoul', 'Astana ⇄ Seoul', 'Shymkent ⇄ Seoul', 'Busan ⇄ Almaty', 'Seoul ⇄ Almaty', 'Seoul ⇄ Astana', 'Seoul ⇄ Shymkent', 'Almaty ⇄ Busan'].filter(
				(r) => new Set(r.split(' ⇄ ')).size === 2 && [...new Set(r.split(' ⇄ '))].sort().join() !== [...new Set(route.split(' ⇄ '))].sort().join()
			);
			const note = (await mark.locator('[data-source-list]').textContent()) ?? '';
			for (const other of others) expect(note, `${path} ${route}`).not.toContain(other);
		}
	}
});
