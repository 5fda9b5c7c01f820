import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, fixClock, scrollToSection, visibleText, watchConsole } from './helpers';

const KEY = 'nonstop.savedFlights.v1';
// A saved flight keeps the departure time it had, so that a later timetable that moves it can say so.
const stored = (flights: { service: string; date: string; time?: string }[]) => JSON.stringify({ version: 1, flights });

/** Joins folded .ics lines back into content lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

/** Stores saved flights the way the app does, then reloads so the app reads them. */
async function seedSaved(page: Page, value: string, others: Record<string, string> = {}) {
	await page.evaluate(
		([key, value, others]) => {
			localStorage.setItem(key, value);
			for (const [k, v] of Object.entries(others)) localStorage.setItem(k, v);
		},
		[KEY, value, others] as const
	);
	await page.reload();
}

const readStored = (page: Page, key = KEY) => page.evaluate((key) => localStorage.getItem(key), key);

test.describe('add to calendar', () => {
	test('a departure downloads as an .ics file with UTC instants and CRLF lines', async ({ page }) => {
		await fixClock(page, '2025-04-01T00:00:00Z');
		await page.goto('/routes/icn-ala');
		await scrollToSection(page, 'next-departures');
		const first = page.getByTestId('next-departures').getByRole('listitem').first();
		await expect(first).toHaveAttribute('data-date', '2025-04-07');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			first.getByRole('button', { name: /^Add to calendar/ }).click()
		]);
		expect(download.suggestedFilename()).toBe('nonstop-ze-icn-ala-2025-04-07.ics');
		const text = readFileSync(await download.path(), 'utf8');

		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
		// CRLF everywhere: with every CRLF gone, no CR or LF is left.
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = unfold(text);
		expect(lines).toContain('DTSTART:20250407T103000Z');
		expect(lines).toContain('DTEND:20250407T174500Z');
		expect(lines).toContain('UID:ze-icn-ala-20250407@nonstop');
		expect(lines).toContain('SUMMARY:Eastar Jet · Seoul ICN → Almaty ALA');
		expect(lines.find((l) => l.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:20250401T0000\d\dZ$/);
		const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
		expect(description).toContain('19:30 local time (UTC+9)');
		expect(description).toContain('22:45 local time (UTC+5)');
		expect(description).toContain('Newspim');
	});

	test('the file speaks the page’s language', async ({ page }) => {
		await fixClock(page, '2025-04-01T00:00:00Z');
		await page.goto('/ru/routes/ala-icn');
		await scrollToSection(page, 'next-departures');
		const first = page.getByTestId('next-departures').getByRole('listitem').first();
		await expect(first).toHaveAttribute('data-date', '2025-04-07');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			first.getByRole('button', { name: /^Добавить в календарь/ }).click()
		]);
		const lines = unfold(readFileSync(await download.path(), 'utf8'));
		expect(lines).toContain('SUMMARY:Eastar Jet · Алматы ALA → Сеул ICN');
		expect(lines).toContain('DTSTART:20250407T184500Z');
		expect(lines).toContain('DTEND:20250408T005000Z');
		expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('Прилёт\\, Сеул ICN');
	});
});

test.describe('saved flights', () => {
	test('a saved flight is listed, survives a reload, and can be removed', async ({ page }) => {
		await fixClock(page, '2025-04-01T00:00:00Z');
		await page.goto('/');
		await scrollToSection(page, 'next-departures');
		const item = page.getByTestId('next-departures').locator('li[data-service="ze-icn-ala"][data-date="2025-04-07"]');
		const save = item.getByRole('button', { name: /^Save/ });
		await expect(save).toHaveAttribute('aria-pressed', 'false');
		await scrollToSection(page, 'saved-flights');
		await expect(page.getByTestId('saved-flights').locator('[data-saved-empty]')).toBeVisible();

		// Keyboard: a toggle button answers Space.
		await save.focus();
		await page.keyboard.press('Space');
		await expect(save).toHaveAttribute('aria-pressed', 'true');

		const saved = page.getByTestId('saved-flights').getByRole('listitem');
		await expect(saved).toHaveCount(1);
		await expect(saved).toHaveAttribute('data-service', 'ze-icn-ala');
		await expect(saved).toHaveAttribute('data-date', '2025-04-07');
		await expect(saved).toHaveAttribute('data-past', 'false');
		await expect(saved).toContainText('Eastar Jet');
		await expect(saved).toContainText('Seoul → Almaty');
		await expect(saved).toContainText('7 April 2025');
		expect(await visibleText(saved.locator('[data-flight-time]'))).toBe('ICN 19:30 → ALA 22:45');
		expect(await readStored(page)).toBe(stored([{ service: 'ze-icn-ala', date: '2025-04-07', time: '19:30' }]));

		await page.reload();
		await expect(saved).toHaveCount(1);
		await expect(saved).toHaveAttribute('data-date', '2025-04-07');
		await expect(saved).toHaveAttribute('data-past', 'false');
		await expect(save).toHaveAttribute('aria-pressed', 'true');

		await saved.getByRole('button', { name: /^Remove/ }).click();
		await expect(saved).toHaveCount(0);
		await expect(save).toHaveAttribute('aria-pressed', 'false');
		await page.reload();
		await scrollToSection(page, 'saved-flights');
		await expect(page.getByTestId('saved-flights').locator('[data-saved-empty]')).toBeVisible();
		await expect(saved).toHaveCount(0);
	});

	test('a saved flight on the route page shows there too, with the home page’s list', async ({ page }) => {
		await fixClock(page, '2025-04-01T00:00:00Z');
		await page.goto('/routes/ala-icn');
		await scrollToSection(page, 'next-departures');
		await page.getByTestId('next-departures').getByRole('listitem').first().getByRole('button', { name: /^Save/ }).click();
		await scrollToSection(page, 'saved-flights');
		await expect(page.getByTestId('saved-flights').locator('li[data-service="ze-ala-icn"][data-date="2025-04-07"]')).toBeVisible();
		await page.goto('/');
		await scrollToSection(page, 'saved-flights');
		await expect(page.getByTestId('saved-flights').locator('li[data-service="ze-ala-icn"][data-date="2025-04-07"]')).toBeVisible();
	});

	test('a flight that has departed is shown as past, labelled, with no calendar button', async ({ page }) => {
		await fixClock(page, '2025-04-20T00:00:00Z');
		await page.goto('/');
		await seedSaved(
			page,
			stored([
				{ service: 'ze-ala-icn', date: '2025-04-21' },
				{ service: 'ze-icn-ala', date: '2025-04-07' }
			])
		);
		await scrollToSection(page, 'saved-flights');
		const past = page.getByTestId('saved-flights').locator('li[data-service="ze-icn-ala"]');
		const coming = page.getByTestId('saved-flights').locator('li[data-service="ze-ala-icn"]');
		await expect(past).toHaveAttribute('data-past', 'true');
		await expect(past).toHaveClass(/\bpast\b/);
		await expect(past).toContainText('Departed');
		await expect(past.getByRole('button', { name: /^Add to calendar/ })).toHaveCount(0);
		await expect(coming).toHaveAttribute('data-past', 'false');
		await expect(coming).not.toContainText('Departed');
		await expect(coming.getByRole('button', { name: /^Add to calendar/ })).toBeVisible();
		// Soonest first.
		await expect(page.getByTestId('saved-flights').getByRole('listitem').first()).toHaveAttribute('data-service', 'ze-icn-ala');
	});

	test('a flight turns past the moment it departs, as the clock ticks', async ({ page }) => {
		// ze-icn-ala on 7 April leaves Incheon at 19:30 local, 10:30 UTC.
		await fixClock(page, '2025-04-07T10:29:00Z');
		await page.goto('/');
		await seedSaved(page, stored([{ service: 'ze-icn-ala', date: '2025-04-07' }]));
		await scrollToSection(page, 'saved-flights');
		const saved = page.getByTestId('saved-flights').getByRole('listitem');
		await expect(saved).toHaveAttribute('data-past', 'false');
		await page.clock.fastForward('02:00');
		await expect(saved).toHaveAttribute('data-past', 'true');
		await expect(saved).toContainText('Departed');
	});

	const unreadable: [string, string][] = [
		['not JSON', '{not json'],
		['JSON of the wrong shape', '{"version":1,"flights":"ze-icn-ala/2025-04-07"}'],
		['an older format', '["ze-icn-ala/2025-04-07"]'],
		['flights the catalog does not have', stored([{ service: 'xx-icn-ala', date: '2025-04-07' }, { service: 'ze-icn-ala', date: '2025-04-08' }])]
	];
	for (const [what, value] of unreadable) {
		test(`stored data that is ${what} is ignored: no crash, an empty list, other keys untouched`, async ({ page }) => {
			const errors = watchConsole(page);
			await fixClock(page, '2025-04-01T00:00:00Z');
			await page.goto('/');
			await seedSaved(page, value, { 'someone.else': '{"keep":"me"}' });

			await scrollToSection(page, 'saved-flights');
			await expect(page.getByTestId('saved-flights').locator('[data-saved-empty]')).toBeVisible();
			await expect(page.getByTestId('saved-flights').getByRole('listitem')).toHaveCount(0);
			await scrollToSection(page, 'next-departures');
			await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2025-04-07');
			// Reading never rewrites: the unreadable value stays until the traveller saves something.
			expect(await readStored(page)).toBe(value);

			await page.getByTestId('next-departures').getByRole('listitem').first().getByRole('button', { name: /^Save/ }).click();
			await expect(page.getByTestId('saved-flights').getByRole('listitem')).toHaveCount(1);
			expect(await readStored(page)).toBe(stored([{ service: 'ze-icn-ala', date: '2025-04-07', time: '19:30' }]));
			expect(await readStored(page, 'someone.else')).toBe('{"keep":"me"}');
			expect(errors).toEqual([]);
		});
	}

	const blockedStorage: [string, () => void][] = [
		[
			'every write fails, as in Safari’s private mode',
			() => {
				Storage.prototype.setItem = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			}
		],
		[
			'localStorage itself cannot be reached',
			() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					}
				});
			}
		]
	];
	for (const [what, block] of blockedStorage) {
		test(`the page keeps working when ${what}`, async ({ page }) => {
			const errors = watchConsole(page);
			await page.addInitScript(block);
			await fixClock(page, '2025-04-01T00:00:00Z');
			await page.goto('/');
			await scrollToSection(page, 'next-departures');
			const save = page.getByTestId('next-departures').getByRole('listitem').first().getByRole('button', { name: /^Save/ });
			await save.click();
			await expect(save).toHaveAttribute('aria-pressed', 'true');
			await scrollToSection(page, 'saved-flights');
			await expect(page.getByTestId('saved-flights').getByRole('listitem')).toHaveCount(1);
			await expect(page.getByTestId('saved-flights')).toContainText('saved flights will be forgotten');
			expect(errors).toEqual([]);
		});
	}

	test('two tabs agree: a flight saved in one appears in the other', async ({ context }) => {
		await context.clock.install({ time: new Date('2025-04-01T00:00:00Z') });
		const first = await context.newPage();
		const second = await context.newPage();
		await first.goto('/');
		await second.goto('/');
		await scrollToSection(second, 'saved-flights');
		await expect(second.getByTestId('saved-flights').locator('[data-saved-empty]')).toBeVisible();

		await scrollToSection(first, 'next-departures');
		await first.getByTestId('next-departures').getByRole('listitem').first().getByRole('button', { name: /^Save/ }).click();
		await expect(second.getByTestId('saved-flights').locator('li[data-service="ze-icn-ala"][data-date="2025-04-07"]')).toBeVisible();
		await scrollToSection(second, 'next-departures');
		await expect(second.getByTestId('next-departures').getByRole('listitem').first().getByRole('button', { name: /^Save/ })).toHaveAttribute('aria-pressed', 'true');

		await second.getByTestId('saved-flights').getByRole('listitem').getByRole('button', { name: /^Remove/ }).click();
		await scrollToSection(first, 'saved-flights');
		await expect(first.getByTestId('saved-flights').getByRole('listitem')).toHaveCount(0);
	});
});

test.describe('share', () => {
	test('without the Web Share API, Share copies the page’s link, query and all', async ({ page, context }) => {
		await page.addInitScript(() => {
			delete (Navigator.prototype as { share?: unknown }).share;
		});
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/routes/icn-ala?airline=ze&date=2025-05-01');
		const share = page.getByRole('button', { name: 'Share', exact: true });
		// Keyboard-usable: Enter on the focused button.
		await share.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect(copied).toMatch(/\/routes\/icn-ala\?airline=ze&date=2025-05-01$/);
		const box = await share.boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(44);
	});

	test('with the Web Share API, Share hands it the page’s link', async ({ page }) => {
		await page.addInitScript(() => {
			const shared: ShareData[] = [];
			(window as unknown as { shared: ShareData[] }).shared = shared;
			Object.defineProperty(Navigator.prototype, 'share', {
				configurable: true,
				value: async (data: ShareData) => void shared.push(data)
			});
		});
		await page.goto('/airlines/ze');
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
			{ title: await page.title(), url: page.url() }
		]);
		await expect(page.getByText('Link copied')).toHaveCount(0);
	});

	test('when the clipboard is denied, the link is shown selected in a read-only field', async ({ page }) => {
		const errors = watchConsole(page);
		await page.addInitScript(() => {
			delete (Navigator.prototype as { share?: unknown }).share;
			Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
		});
		await page.goto('/?airline=oz&direction=ala-icn');
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		const field = page.getByLabel('Select the link and copy it');
		await expect(field).toBeVisible();
		await expect(field).toHaveValue(page.url());
		await expect(field).toHaveAttribute('readonly', '');
		await expect(field).toBeFocused();
		const selection = await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]);
		expect(selection).toEqual([0, selection[2], selection[2]]);
		await expect(page.getByText('Link copied')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});

test.describe('airport clocks', () => {
	for (const timezoneId of ['America/Los_Angeles', 'Asia/Almaty', 'Asia/Seoul', 'Pacific/Kiritimati']) {
		test(`show Almaty and Seoul time from the airport data with the browser in ${timezoneId}`, async ({ browser }) => {
			const context = await browser.newContext({ timezoneId });
			const page = await context.newPage();
			await fixClock(page, '2025-04-07T17:45:00Z');
			await page.goto('/routes/ala-icn');
			const almaty = page.getByTestId('airport-clocks').locator('[data-airport="ALA"]');
			const seoul = page.getByTestId('airport-clocks').locator('[data-airport="ICN"]');
			await expect(almaty.locator('[data-clock-time]')).toHaveText('22:45');
			await expect(almaty.locator('[data-clock-date]')).toHaveText('Mon, 7 Apr');
			await expect(almaty.locator('[data-utc-offset]')).toHaveText('UTC+5');
			await expect(seoul.locator('[data-clock-time]')).toHaveText('02:45');
			await expect(seoul.locator('[data-clock-date]')).toHaveText('Tue, 8 Apr');
			await expect(seoul.locator('[data-utc-offset]')).toHaveText('UTC+9');
			await expect(almaty.locator('time')).toHaveAttribute('datetime', '2025-04-07T22:45+05:00');
			await expect(page.getByTestId('airport-clocks').locator('[data-clock-difference]')).toHaveText('Seoul is 4 hours ahead of Almaty.');

			// They tick.
			await page.clock.fastForward('01:00');
			await expect(almaty.locator('[data-clock-time]')).toHaveText('22:46');
			await expect(seoul.locator('[data-clock-time]')).toHaveText('02:46');
			await context.close();
		});
	}

	test('the home page has them too, in the page’s language', async ({ page }) => {
		await fixClock(page, '2025-04-07T17:45:00Z');
		await page.goto('/ru');
		await expect(page.getByTestId('airport-clocks').locator('[data-airport="ALA"] [data-clock-time]')).toHaveText('22:45');
		await expect(page.getByTestId('airport-clocks').locator('[data-clock-difference]')).toHaveText('Сеул опережает Алматы на 4 часа.');
		await page.goto('/kk');
		await expect(page.getByTestId('airport-clocks').locator('[data-clock-difference]')).toHaveText('Сеул уақыты Алматы уақытынан 4 сағат алда.');
	});

	test('the prerendered page shows offsets and the difference but no time of day', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/routes/icn-ala');
		await expect(page.getByTestId('airport-clocks').locator('[data-airport="ALA"] [data-utc-offset]')).toHaveText('UTC+5');
		await expect(page.getByTestId('airport-clocks').locator('[data-airport="ICN"] [data-utc-offset]')).toHaveText('UTC+9');
		await expect(page.getByTestId('airport-clocks').locator('[data-clock-difference]')).toHaveText('Seoul is 4 hours ahead of Almaty.');
		await expect(page.getByTestId('airport-clocks').locator('time')).toHaveCount(0);
		await expect(page.getByTestId('airport-clocks').locator('[data-clock-time]').first()).toHaveText('--:--');
		// The build's own time must not be baked in anywhere in the clocks.
		expect(await page.getByTestId('airport-clocks').innerText()).not.toMatch(/\d\d:\d\d/);
		// Without JavaScript the share button would do nothing, so it is not shown.
		await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeHidden();
		await context.close();
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe: home page with saved flights and the share confirmation (${colorScheme})`, async ({ page, context }) => {
		// A full page through axe: allow for a busy machine.
		test.setTimeout(45_000);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.addInitScript(() => {
			delete (Navigator.prototype as { share?: unknown }).share;
		});
		await page.emulateMedia({ colorScheme });
		await fixClock(page, '2025-04-08T12:00:00Z');
		await page.goto('/');
		// One past and one coming flight, so both looks are checked for contrast.
		await seedSaved(
			page,
			stored([
				{ service: 'ze-icn-ala', date: '2025-04-07' },
				{ service: 'ze-ala-icn', date: '2025-04-11' }
			])
		);
		await scrollToSection(page, 'saved-flights');
		await expect(page.getByTestId('saved-flights').getByRole('listitem')).toHaveCount(2);
		await expect(page.getByTestId('saved-flights').locator('li[data-past="true"]')).toHaveCount(1);
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
}
