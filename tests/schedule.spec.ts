import { expect, test, type Page } from '@playwright/test';
import { afterModuleLoads, builtChunk, fixClock, pages, scrollToSection, visibleText, watchConsole } from './helpers';

test('every page loads with no console error and the right language', async ({ page }) => {
	const errors = watchConsole(page);
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	}
	expect(errors).toEqual([]);
});

test('the schedules are in the prerendered HTML, readable without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	for (const name of ['Air Astana', 'Asiana Airlines', 'Eastar Jet']) {
		await expect(page.locator('[data-card] h3', { hasText: name }).first()).toBeVisible();
	}
	// One card per airline, both directions inside as timetable rows.
	const eastar = page.locator('[data-card="ze-ala-icn"]');
	await expect(eastar).toContainText('7 April 2025');
	await expect(eastar.locator('tr[data-leg="ze-icn-ala"]')).toContainText('Mon, Fri');
	expect(await visibleText(eastar.locator('tr[data-leg="ze-icn-ala"]'))).toBe('ICN → ALA Mon, Fri 19:30 → 22:45 7 hr 15 min');
	expect(await visibleText(eastar.locator('tr[data-leg="ze-ala-icn"]'))).toBe('ALA → ICN Mon, Fri 23:45 → 09:50+1 6 hr 5 min');
	await expect(eastar.locator('tr[data-leg="ze-ala-icn"] [data-next-day]')).toContainText('+1');
	await expect(eastar.locator('tr[data-leg="ze-ala-icn"] [data-next-day]')).toContainText('next day');
	await expect(page.locator('[data-card="kc-ala-icn"] [data-not-published]')).toContainText('Not published: days, times, flight numbers');
	await context.close();
});

test('a page whose words cannot load stays as it was served, schedules and links and all', async ({ page }) => {
	const words = builtChunk('words-en');
	await page.route(`**/${words}`, (route) => route.abort('internetdisconnected'));
	const failed = page.waitForEvent('console', (message) => message.type() === 'error' && message.text().includes('could not load'));
	await page.goto('/routes/ala-icn');
	expect((await failed).text()).toContain("The page's words (en) could not load, so the page stays as it was served");
	await expect(page.locator('h1')).toHaveText('Almaty ALA →to Seoul ICN');
	expect(await visibleText(page.locator('[data-card="ze-ala-icn"] tr[data-leg="ze-ala-icn"]'))).toBe('ALA → ICN Mon, Fri 23:45 → 09:50+1 6 hr 5 min');
	await expect(page.getByText('Internal Error')).toHaveCount(0);
	// SvelteKit's router never started: a link is a plain link, and the next page loads whole.
	const loads = page.waitForEvent('load');
	await page.getByRole('link', { name: 'The other way: Seoul → Almaty' }).click();
	await loads;
	await expect(page).toHaveURL(/\/routes\/icn-ala$/);
	await expect(page.locator('h1')).toHaveText('Seoul ICN →to Almaty ALA');
});

test('the airline filter and the direction switch change the cards and the departures', async ({ page }) => {
	await fixClock(page, '2025-04-08T12:00:00Z');
	await page.goto('/');
	await expect(page.locator('[data-card]')).toHaveCount(3);
	// Only Eastar Jet's days and times are published: its two directions are the timetable rows.
	await expect(page.locator('[data-card] tr[data-leg]')).toHaveCount(2);

	await page.getByRole('link', { name: 'Eastar Jet' }).first().click();
	await expect(page).toHaveURL(/\?airline=ze$/);
	await expect(page.locator('[data-card]')).toHaveCount(1);
	await expect(page.locator('[data-card][data-airline="ZE"] tr[data-leg]')).toHaveCount(2);

	await page.locator('a[data-direction="icn-ala"]').click();
	await expect(page).toHaveURL(/airline=ze&direction=icn-ala/);
	await expect(page.locator('[data-card]')).toHaveCount(1);
	await expect(page.locator('[data-card] tr[data-leg]')).toHaveCount(1);
	await expect(page.locator('[data-card] tr[data-leg]')).toHaveAttribute('data-leg', 'ze-icn-ala');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-service', 'ze-icn-ala');
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2025-04-11');
	await expect(page.getByTestId('next-departures').locator('li[data-service="ze-ala-icn"]')).toHaveCount(0);

	await page.getByRole('link', { name: 'All airlines' }).click();
	await expect(page.locator('[data-card]')).toHaveCount(3);
	await expect(page.locator('[data-card] tr[data-leg]')).toHaveCount(1);
});

test('a filtered deep link reloads the same view', async ({ page }) => {
	await page.goto('/?airline=oz&direction=ala-icn');
	await expect(page.locator('[data-card]')).toHaveCount(1);
	await expect(page.locator('[data-card]')).toHaveAttribute('data-card', 'oz-ala-icn');
	await expect(page.locator('[data-card] [data-flight-numbers]')).toHaveText(/^OZ578 ALA → ICN \(last reported January 2022\)/);
	await page.reload();
	await expect(page.locator('[data-card]')).toHaveCount(1);
	await expect(page.locator('a[data-airline="OZ"]').first()).toHaveAttribute('aria-current', 'true');
});

test('nonsense in the query gets a message and the unfiltered view', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/?airline=%3Cb%3Exx%3C%2Fb%3E&direction=ala-nrt');
	await expect(page.getByRole('status')).toContainText('There is no airline “<b>xx</b>”');
	await expect(page.getByRole('status')).toContainText('no direction “ala-nrt”');
	await expect(page.locator('[data-card]')).toHaveCount(3);
	await expect(page.locator('b', { hasText: 'xx' })).toHaveCount(0);
	await expect(page.locator('[data-card] tr[data-leg]')).toHaveCount(2);
	expect(errors).toEqual([]);
});

test('the route page shows the weekly timetable and departures from a picked date', async ({ page }) => {
	await fixClock(page, '2025-04-08T12:00:00Z');
	await page.goto('/routes/icn-ala');
	const eastarRow = page.locator('tr[data-service="ze-icn-ala"]');
	await expect(eastarRow.locator('[data-flies]')).toHaveCount(2);
	await expect(eastarRow.locator('td').nth(0)).toContainText('19:30');
	await expect(eastarRow.locator('td').nth(4)).toContainText('19:30');
	await expect(page.locator('tr[data-service="kc-icn-ala"]')).toContainText('Days and times not published');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2025-04-11');

	await page.getByLabel('Departures from').fill('2025-05-01');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/date=2025-05-01/);
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2025-05-02');
	await expect(page.getByTestId('next-departures').getByRole('heading')).toContainText('1 May 2025');
});

test('a bad ?date= gets a message and departures from today', async ({ page }) => {
	await fixClock(page, '2025-04-08T12:00:00Z');
	await page.goto('/routes/ala-icn?date=2025-13-45');
	await expect(page.getByRole('status')).toContainText('“2025-13-45” is not a date');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('heading')).toHaveText('Next departures');
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2025-04-11');
});

test('Eastar Jet is listed from 7 April 2025 and not before', async ({ page }) => {
	await fixClock(page, '2025-03-01T00:00:00Z');
	await page.goto('/routes/icn-ala');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2025-04-07');
});

for (const timezoneId of ['UTC', 'America/Los_Angeles', 'Asia/Almaty', 'Asia/Seoul']) {
	test(`airport-local times are the same with the browser in ${timezoneId}`, async ({ browser }) => {
		const context = await browser.newContext({ timezoneId });
		const page = await context.newPage();
		await fixClock(page, '2025-04-08T12:00:00Z');
		await page.goto('/routes/ala-icn');
		await scrollToSection(page, 'next-departures');
		const first = page.getByTestId('next-departures').getByRole('listitem').first();
		await expect(first).toHaveAttribute('data-date', '2025-04-11');
		await expect(first.locator('[data-when] time')).toHaveText(['23:45', '09:50']);
		expect(await visibleText(first.locator('[data-when]'))).toBe('Fri, 11 Apr 23:45 → 09:50+1');
		await context.close();
	});
}

test('the airport page shows local time from the airport data, not the device zone', async ({ browser }) => {
	// A device whose zone data is older than 2024a would put Almaty at +6; the page must not.
	const context = await browser.newContext({ timezoneId: 'Asia/Almaty' });
	const page = await context.newPage();
	await fixClock(page, '2025-04-07T17:45:00Z');
	await page.goto('/airports/ala');
	await expect(page.getByTestId('airport-clock').locator('[data-clock-time]')).toHaveText('22:45');
	await expect(page.getByTestId('airport-clock').locator('[data-utc-offset]')).toContainText('UTC+5');
	await page.goto('/airports/icn');
	await expect(page.getByTestId('airport-clock').locator('[data-clock-time]')).toHaveText('02:45');
	await context.close();
});

test('an unknown address gets the real 404 page with a way home', async ({ page }) => {
	const response = await page.goto('/no/such/page');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await page.getByRole('link', { name: 'All direct flights: Almaty ⇄ Seoul' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('[data-card]')).toHaveCount(3);
});

/** Follows a link within the app, as a traveller's tap on one does: the app's router takes it, with no reload. */
async function followLinkWithinApp(page: Page, href: string) {
	await page.evaluate((href) => {
		const link = Object.assign(document.createElement('a'), { href, textContent: href });
		document.querySelector('main')!.append(link);
		link.click();
	}, href);
}

test('a link within the app to an unknown airline shows the not-found page, without reloading', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-card]')).toHaveCount(3);
	// A mark that a reload would wipe.
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await followLinkWithinApp(page, '/airlines/xx');
	await expect(page).toHaveURL(/\/airlines\/xx$/);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'All direct flights: Almaty ⇄ Seoul' })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test.describe('with no service worker to serve it', () => {
	test.use({ serviceWorkers: 'block' });

	test("when the not-found page's code cannot be loaded, the page still says it could not be shown", async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[data-card]')).toHaveCount(3);
		// As offline before the service worker has the file: that one request fails.
		const notFound = builtChunk('NotFound');
		await page.route(`**/${notFound}`, (route) => route.abort('internetdisconnected'));
		await followLinkWithinApp(page, '/airlines/xx');
		await expect(page).toHaveURL(/\/airlines\/xx$/);
		await expect(page.locator('h1')).toHaveText('Something went wrong');
		await expect(page.getByText('This page could not be shown. Try reloading it.')).toBeVisible();
	});
});

test('an unknown airline page is a 404 too', async ({ page }) => {
	const response = await page.goto('/airlines/xx');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
});

for (const path of ['/', '/routes/ala-icn', '/airlines/oz', '/kk/']) {
	test(`${path} hydrates in place: the prerendered header, filters, cards and footer are the same nodes once the page runs`, async ({ page }) => {
		// Invalid nesting in the HTML (a details element inside a paragraph, say) makes the browser's
		// tree differ from the component's; the page then throws its prerendered nodes away and draws
		// them again, a long task at start. The nodes are taken when parsing ends, before any script.
		await page.addInitScript(() => {
			document.addEventListener('readystatechange', () => {
				if (document.readyState === 'interactive') {
					(window as unknown as { prerendered: Element[] }).prerendered = [...document.querySelectorAll('header *, .filters *, [data-card], [data-card] *, footer *')];
				}
			});
		});
		await page.goto(path);
		// ShareLater loads once the layout has mounted, that is once hydration is done.
		await afterModuleLoads(page, 'src/lib/components/tools/ShareLater.svelte');
		const { taken, detached } = await page.evaluate(() => {
			const nodes = (window as unknown as { prerendered: Element[] }).prerendered;
			return { taken: nodes.length, detached: nodes.filter((n) => !n.isConnected).map((n) => n.outerHTML.slice(0, 80)) };
		});
		expect(taken).toBeGreaterThan(20);
		expect(detached).toEqual([]);
	});
}

test('the next departures bring their own stylesheet when they load, which no page inlines', async ({ page }) => {
	const errors = watchConsole(page);
	const stylesheets = () => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')].map((link) => link.href));
	const inline = () => page.evaluate(() => [...document.querySelectorAll('style')].map((style) => style.textContent).join(''));
	await page.goto('/routes/ala-icn');
	await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
	// Below the first screen, not loaded yet: neither its code nor its style is in the page.
	expect((await stylesheets()).filter((href) => href.includes('NextDeparturesLater'))).toEqual([]);
	expect(await inline()).not.toContain('border-left-style:dashed');

	await scrollToSection(page, 'next-departures');
	const departure = page.getByTestId('next-departures').getByRole('listitem').first();
	await expect(departure).toBeVisible();
	expect((await stylesheets()).filter((href) => href.includes('NextDeparturesLater'))).toHaveLength(1);
	// Drawn as a card edged in its airline's colour, dashed while not confirmed.
	expect(await departure.evaluate((li) => getComputedStyle(li).borderLeftWidth)).toBe('4px');
	expect(errors).toEqual([]);
});
