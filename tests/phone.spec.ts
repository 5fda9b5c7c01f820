import { expect, test, type Page } from '@playwright/test';
import { afterModuleLoads, drawSectionsBelow, expectNoAxeViolations, fixClock, hasLoadedModule, scrollToSection, visibleText } from './helpers';

// "Who flies, which days, what time" in one glance on a phone: the pages' length at 360 px, the
// facts readable without a tap, every source one tap (or one key) away, and a desktop that uses its
// width without running lines of text too wide to read.
const phone = { width: 360, height: 780 };
const LATER = '2026-12-01T09:00:00Z';
// Asiana's and Air Astana's dated notices (the Korean Air integration, Terminal 2, the 787s) take
// their cards about 100 px further in Kazakh, the longest language: 5,150 px on a route page, and
// 30 px more since a Latin airline name takes no case ending: each card's filter link names a Kazakh
// noun that does («Тек Эйр Астана рейстері», not «Тек Эйр Астана көрсету»), and wraps.
const MAX_PHONE_HEIGHT = 5180;
// The home pages end with a glance at the other routes between the two countries (one line per
// airline), below everything about Almaty–Seoul: that list, not Almaty–Seoul's, is what takes them
// past 5,000 px in the longer languages.
const MAX_HOME_HEIGHT = 5000;

/**
 * The page's full height with every section drawn (sections below the fold are skipped by the
 * browser until they come near the screen) and every source mark open.
 */
async function fullHeight(page: Page): Promise<number> {
	await page.locator('footer').scrollIntoViewIfNeeded();
	// Each section and card is drawn as it comes near the screen; until then it is as tall as its placeholder.
	for (const section of await page.locator('section, .below-fold').all()) await section.scrollIntoViewIfNeeded();
	await page.locator('footer').scrollIntoViewIfNeeded();
	for (const mark of await page.locator('[data-source-mark]').all()) await mark.evaluate((d) => ((d as HTMLDetailsElement).open = true));
	return page.evaluate(() => document.documentElement.scrollHeight);
}

test.describe('at 360 px', () => {
	test.use({ viewport: phone });

	for (const path of ['/', '/ru/', '/kk/', '/ko/', '/routes/ala-icn', '/kk/routes/icn-ala', '/airlines/ze', '/kk/routes', '/ru/routes/pus-ala']) {
		const max = path.endsWith('/') ? MAX_HOME_HEIGHT : MAX_PHONE_HEIGHT;
		test(`${path} is at most ${max} px tall with every section open`, async ({ page }) => {
			await fixClock(page, LATER);
			await page.goto(path);
			await expect(page.locator('[data-card], [data-route]').first()).toBeVisible();
			// The departures and saved flights are drawn once the traveller scrolls near them: wait for
			// them where the page has them.
			await drawSectionsBelow(page);
			const height = await fullHeight(page);
			expect(height, `${path} is ${height} px tall`).toBeLessThanOrEqual(max);
		});
	}

	for (const home of ['/', '/ru/', '/kk/', '/ko/']) {
		test(`${home}: the header's menu keeps to one line, inside the screen`, async ({ page }) => {
			await page.goto(home);
			// The site's menu is the banner's first navigation; the language switcher follows it.
			const menu = page.getByRole('banner').getByRole('navigation').first();
			const links = menu.getByRole('link');
			await expect(links).toHaveCount(3);
			const boxes = await Promise.all((await links.all()).map((link) => link.boundingBox()));
			const tops = new Set(boxes.map((box) => Math.round(box!.y)));
			expect(tops.size, `${home}: the menu's links sit on ${tops.size} lines`).toBe(1);
			for (const box of boxes) expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
			// The home link keeps the route's name for those who cannot see its icon.
			await expect(links.first()).toHaveAccessibleName(/⇄/);
		});
	}

	test('every airline, its days and its times can be read without a tap', async ({ page }) => {
		await fixClock(page, LATER);
		await page.goto('/');
		for (const name of ['Air Astana', 'Asiana Airlines', 'Eastar Jet']) {
			await expect(page.locator('[data-card] h3', { hasText: name })).toBeVisible();
		}
		const eastar = page.locator('[data-card="ze-ala-icn"]');
		for (const [leg, times] of [
			['ze-icn-ala', '19:30 → 22:45'],
			['ze-ala-icn', '23:45 → 09:50']
		]) {
			await expect(eastar.locator(`tr[data-leg="${leg}"] [data-leg-days]`)).toBeVisible();
			await expect(eastar.locator(`tr[data-leg="${leg}"] [data-leg-days]`)).toHaveText('Mon, Fri');
			await expect(eastar.locator(`tr[data-leg="${leg}"] [data-flight-time]`)).toBeVisible();
			expect(await visibleText(eastar.locator(`tr[data-leg="${leg}"] [data-flight-time]`))).toContain(times!);
		}
		// What is not published is said, not hidden behind a tap either.
		await expect(page.locator('[data-card="kc-ala-icn"] [data-not-published]')).toBeVisible();
		// No source list is open until asked for.
		await expect(page.locator('[data-source-mark][open]')).toHaveCount(0);
		await expect(page.locator('[data-source-mark] [data-source-list]').first()).toBeHidden();
	});

	// The first screen, before any scrolling: each airline of the route, its days and its times.
	for (const [path, airlines] of [
		['/', ['KC', 'OZ', 'ZE']],
		['/kk/', ['KC', 'OZ', 'ZE']],
		['/routes/ala-icn', ['KC', 'OZ', 'ZE']],
		['/ko/routes/icn-ala', ['KC', 'OZ', 'ZE']]
	] as const) {
		test(`${path}: the first screen says who flies, which days and what time`, async ({ page }) => {
			await fixClock(page, LATER);
			await page.goto(path);
			const glance = page.locator('[data-glance]');
			await expect(glance.locator('[data-glance-airline]')).toHaveCount(airlines.length);
			for (const airline of airlines) {
				const line = glance.locator(`[data-glance-airline="${airline}"]`);
				await expect(line).toBeInViewport({ ratio: 1 });
				const box = await line.boundingBox();
				expect(box!.y + box!.height, `${airline} on ${path} ends inside the first screen`).toBeLessThanOrEqual(phone.height);
			}
			// Eastar Jet's timetable: its days and both times on each of its lines.
			const eastar = glance.locator('[data-glance-airline="ZE"] [data-glance-leg]');
			expect(await eastar.count()).toBeGreaterThan(0);
			for (const leg of await eastar.all()) {
				await expect(leg.locator('[data-glance-days] abbr')).toHaveCount(2);
				await expect(leg.locator('[data-flight-time] time')).toHaveCount(2);
			}
			// The airlines that publish neither say so, and the line past its season is marked.
			await expect(glance.locator('[data-glance-airline="KC"] [data-glance-not-published]')).toBeVisible();
			await expect(glance.locator('[data-glance-airline="ZE"] .not-confirmed')).toBeVisible();
		});
	}

	test('the glance is in the prerendered page, and reads the same once the page runs', async ({ browser }) => {
		const glanceText = async (javaScriptEnabled: boolean) => {
			const context = await browser.newContext({ javaScriptEnabled, viewport: phone });
			const page = await context.newPage();
			await fixClock(page, LATER);
			await page.goto('/');
			// Once the page runs, its cards say so; the glance is worked out in the same pass.
			if (javaScriptEnabled) await expect(page.locator('[data-card]').first()).toBeVisible();
			const text = await visibleText(page.locator('[data-glance]'));
			await context.close();
			return text;
		};
		const prerendered = await glanceText(false);
		expect(prerendered).toContain('Eastar Jet');
		expect(prerendered).toMatch(/Mon, Fri ICN 19:30 → ALA 22:45/);
		expect(prerendered).toMatch(/Mon, Fri ALA 23:45 → ICN 09:50\s?\+1/);
		expect(prerendered).toContain('Not published: days, times');
		expect(await glanceText(true)).toBe(prerendered);
	});

	test('every source mark opens its sources from the keyboard, in place', async ({ page }) => {
		// Every mark on the page, opened and closed in turn: 25 s on a slow run, near the default 30.
		test.slow();
		await page.goto('/');
		const marks = page.locator('[data-card] [data-source-mark]');
		const count = await marks.count();
		expect(count).toBeGreaterThanOrEqual(10);
		for (let i = 0; i < count; i++) {
			const mark = marks.nth(i);
			const summary = mark.locator('summary');
			await summary.focus();
			await expect(summary).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(mark).toHaveAttribute('open', '');
			const links = mark.locator('[data-source-list] a');
			await expect(links.first()).toBeVisible();
			await expect(links.first()).toHaveAttribute('href', /\/about#source-[a-z0-9-]+$/);
			// Its confidence is said with it.
			await expect(mark.locator('[data-source-list]')).toContainText(/confidence/);
			// The next Tab reaches the source's link itself.
			await page.keyboard.press('Tab');
			await expect(links.first()).toBeFocused();
			await summary.focus();
			await page.keyboard.press('Enter');
			await expect(mark).not.toHaveAttribute('open', '');
		}
	});

	test("a card's last source list shows whole where it reaches past the card", async ({ page }) => {
		// Cards are drawn only near the screen (content-visibility), which clips what overflows them:
		// while a source list is open its card is drawn whole.
		await page.goto('/routes/ala-icn');
		let reachedPast = 0;
		for (const card of await page.locator('[data-card]').all()) {
			const mark = card.locator('[data-source-mark]').last();
			await mark.locator('summary').scrollIntoViewIfNeeded();
			await mark.locator('summary').click();
			const list = mark.locator('[data-source-list]');
			await list.scrollIntoViewIfNeeded();
			const [listBox, cardBox] = [await list.boundingBox(), await card.boundingBox()];
			if (listBox!.y + listBox!.height <= cardBox!.y + cardBox!.height) continue;
			reachedPast++;
			// What a tap below the card's edge lands on is the list, not what lies behind it.
			const x = listBox!.x + listBox!.width / 2;
			const y = listBox!.y + listBox!.height - 3;
			expect(y).toBeGreaterThan(cardBox!.y + cardBox!.height);
			const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-source-list]') !== null, [x, y]);
			expect(hit, `the source list under ${await card.getAttribute('data-card')} is cut at the card's edge`).toBe(true);
			await mark.locator('summary').click();
		}
		expect(reachedPast).toBeGreaterThan(0);
	});

	test('a source mark has a name for screen readers, and its sources are in the prerendered HTML', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
		const page = await context.newPage();
		await page.goto('/');
		const first = page.locator('[data-card="ze-ala-icn"] [data-source-mark]').first();
		await expect(first.locator('summary')).toHaveAccessibleName(/^Sources: Days ICN → ALA/);
		// Without JavaScript, the details element still opens on a tap.
		await first.locator('summary').click();
		await expect(first.locator('[data-source-list]')).toContainText('Newspim');
		await context.close();
	});

	test('a source in a card opens the about page at that source, in the page’s language', async ({ page }) => {
		await page.setViewportSize(phone);
		await page.goto('/ru/');
		const mark = page.locator('[data-card="ze-ala-icn"] [data-source-mark]').first();
		await mark.locator('summary').click();
		const link = mark.locator('[data-source-list] a', { hasText: 'Newspim' }).first();
		await expect(link).toHaveAttribute('href', '/ru/about#source-newspim');
		await link.click();
		await expect(page).toHaveURL(/\/ru\/about#source-newspim$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		const source = page.locator('#source-newspim');
		await expect(source).toBeInViewport();
		expect(await source.evaluate((element) => element.matches(':target'))).toBe(true);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds nothing on the home page with a source open (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await fixClock(page, LATER);
			await page.goto('/');
			await scrollToSection(page, 'next-departures');
			await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toBeVisible();
			await page.locator('[data-card="ze-ala-icn"] [data-source-mark] summary').first().click();
			await expectNoAxeViolations(page);
		});
	}

	test('the departures and saved flights load only when the traveller scrolls near them', async ({ page }) => {
		await page.goto('/routes/ala-icn');
		// The page has started and gone idle (the install notices load then), with the first screen shown.
		await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
		expect(await hasLoadedModule(page, 'src/lib/components/schedule/NextDeparturesLater.svelte')).toBe(false);
		expect(await hasLoadedModule(page, 'src/lib/components/tools/SavedFlightsLater.svelte')).toBe(false);
		await expect(page.getByTestId('next-departures')).toContainText('worked out from today');

		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures').locator('[data-day], .empty').first()).toBeVisible();
		await expect(page.getByTestId('next-departures')).not.toContainText('worked out from today');
		expect(await hasLoadedModule(page, 'src/lib/components/schedule/NextDeparturesLater.svelte')).toBe(true);
		await scrollToSection(page, 'saved-flights');
		await expect(page.getByTestId('saved-flights').locator('[data-saved-empty]')).toBeVisible();
	});
});

test.describe('at 1440 px', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the cards sit side by side and no line of text runs too wide to read', async ({ page }) => {
		await fixClock(page, LATER);
		await page.goto('/');
		const tops = await page.locator('[data-card]').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().top)));
		expect(tops).toHaveLength(3);
		expect(new Set(tops).size, `card tops ${tops}`).toBe(1);
		await scrollToSection(page, 'next-departures');
		await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toBeVisible();
		// Departures use the width too: more than one to a row.
		const departureTops = await page
			.getByTestId('next-departures').getByRole('listitem')
			.evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().top)));
		expect(new Set(departureTops).size).toBeLessThan(departureTops.length);
		// About 80 characters is the most a line of prose should hold.
		const widest = await page.evaluate(() =>
			Math.max(...[...document.querySelectorAll('main p, main li, main dd')].map((e) => e.getBoundingClientRect().width))
		);
		const em = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
		expect(widest / em, `widest text block ${widest}px`).toBeLessThanOrEqual(48);
	});
});
