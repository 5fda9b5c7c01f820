import { expect, test, type Locator, type Page } from '@playwright/test';
import { afterModuleLoads, hasLoadedModule, openLiveMap, watchConsole } from './helpers';

/** The centre of an element on the screen. */
async function centreOf(locator: Locator): Promise<[number, number]> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('not on the screen');
	return [box.x + box.width / 2, box.y + box.height / 2];
}

/** Whether the page has fetched the live map's code, Leaflet with it. */
const leafletHere = (page: Page) => hasLoadedModule(page, 'src/lib/components/map/leafletMap.ts');

test('the map’s first view is in the prerendered page: basemap, country names, one line per airline and both airports, with no JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const images: string[] = [];
	page.on('request', (request) => void (request.resourceType() === 'image' && images.push(new URL(request.url()).pathname)));
	await page.goto('/');
	const picture = page.getByTestId('map-preview');
	// The land and the borders are in the page itself: no picture to wait for.
	await expect(picture.locator('[data-basemap] path.land')).toHaveAttribute('d', /^M\d+ \d+l/);
	await expect(picture.locator('[data-basemap] path.border')).toHaveAttribute('d', /^M\d+ \d+l/);
	expect(images).not.toContain('/map/basemap.svg');
	await expect(picture.locator('[data-line]')).toHaveCount(3);
	for (const airline of ['KC', 'OZ', 'ZE']) await expect(picture.locator(`[data-line^="${airline} "]`)).toHaveCount(1);
	await expect(picture.locator('circle[data-airport]')).toHaveCount(2);
	await expect(picture.locator('[data-code]')).toHaveText(['ALA', 'ICN']);
	await expect(picture.locator('[data-country="cn"]')).toHaveText('China');
	await expect(picture.locator('[data-country="mn"]')).toHaveText('Mongolia');
	await expect(page.getByRole('link', { name: 'Natural Earth' }).first()).toBeVisible();
	await context.close();
});

test('a map reached by a link within the app shows the same basemap as a picture', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/airlines/kc');
	// Started: the last part a page loads has loaded, so the link is followed by the app's router.
	await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
	const basemap = page.waitForResponse((response) => new URL(response.url()).pathname === '/map/basemap.svg');
	await page.getByRole('banner').getByRole('link', { name: 'Almaty ⇄ Seoul', exact: true }).click();
	await expect(page).toHaveURL('/');
	expect((await basemap).status()).toBe(200);
	const image = page.getByTestId('map-preview').locator('[data-basemap] image');
	await expect(image).toHaveAttribute('href', '/map/basemap.svg');
	// It covers the same box as the paths a prerendered page has.
	const box = await page.getByTestId('map-preview').locator('[data-basemap]').getAttribute('viewBox');
	expect(await Promise.all(['x', 'y', 'width', 'height'].map((name) => image.getAttribute(name)))).toEqual(box!.split(' '));
	expect(errors).toEqual([]);
});

test('Leaflet loads only when the traveller reaches for the map, and starts from the very same view', async ({ page }) => {
	const errors = watchConsole(page);
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/');
	// Once the page has loaded and gone idle (the notices, the last part to load, have loaded), the map is still the picture.
	await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
	expect(await leafletHere(page)).toBe(false);
	const map = page.getByTestId('services-map');
	await expect(map).toHaveAttribute('data-ready', 'false');

	const picture = page.getByTestId('map-preview');
	await map.scrollIntoViewIfNeeded();
	const before = await Promise.all(['ALA', 'ICN'].map((code) => centreOf(picture.locator(`circle[data-airport="${code}"]`))));
	await openLiveMap(page);
	expect(await leafletHere(page)).toBe(true);
	await page.mouse.move(0, 0);
	// The picture steps aside once Leaflet has drawn, and the airports have not moved.
	await expect(picture).toHaveCount(0);
	const after = await Promise.all(['ALA', 'ICN'].map((code) => centreOf(map.locator(`[data-airport="${code}"]`))));
	for (const [i, [x, y]] of before.entries()) {
		expect(Math.abs(after[i]![0] - x), 'x').toBeLessThan(2);
		expect(Math.abs(after[i]![1] - y), 'y').toBeLessThan(2);
	}
	await expect(map.locator('[data-line]')).toHaveCount(3);
	// The same country names as the picture, where the picture had them.
	await expect(map.locator('[data-country="cn"]')).toHaveText('China');
	await expect(map.locator('[data-country="cn"]')).toBeVisible();
	expect(errors).toEqual([]);
});

test('a mouse already over the map when the page starts wakes the live map', async ({ page }) => {
	// The app's code is held back until the mouse rests on the picture: the page starts under it.
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/routes', { waitUntil: 'commit' });
	const map = page.getByTestId('services-map');
	await map.hover();
	await expect(map).toHaveAttribute('data-ready', 'false');
	release();
	await expect(map).toHaveAttribute('data-ready', 'true');
	expect(await leafletHere(page)).toBe(true);
});

test('a tap on a line in the picture shows only that airline, and wakes the live map', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/');
	const line = page.getByTestId('map-preview').locator('[data-airline="ZE"]').first();
	await line.scrollIntoViewIfNeeded();
	// The middle of the line, on the screen.
	const [x, y] = await line.evaluate((path: SVGPathElement) => {
		const point = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM()!);
		return [point.x, point.y];
	});
	await page.touchscreen.tap(x, y);
	await expect(page).toHaveURL(/[?&]airline=ze\b/);
	await expect(page.getByTestId('services-map')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	// Air Astana, Asiana, Eastar Jet: only Eastar Jet's line stands out.
	await expect(page.getByTestId('services-map').locator('[data-line]')).toHaveClass([/is-faded/, /is-faded/, /is-highlighted/]);
	await context.close();
});

test('a filter highlights its airline in the picture and on the live map alike', async ({ page }) => {
	await page.goto('/?airline=oz');
	const picture = page.getByTestId('map-preview');
	// Air Astana, Asiana, Eastar Jet: Asiana's line stands out, the others fade.
	await expect(picture.locator('[data-line]')).toHaveClass([/is-faded/, /is-highlighted/, /is-faded/]);
	const map = await openLiveMap(page);
	const lines = map.locator('[data-line]');
	await expect(lines).toHaveClass([/is-faded/, /is-highlighted/, /is-faded/]);
	const highlighted = map.locator('[data-line^="OZ "]');
	// The same rule draws both: the highlighted line is wider than a faded one, in the airline's colour.
	const stroke = (line: Locator) => line.evaluate((path) => [getComputedStyle(path).strokeWidth, getComputedStyle(path).stroke]);
	expect(await stroke(highlighted)).toEqual(['5px', 'rgb(138, 90, 0)']);
	expect((await stroke(map.locator('[data-line^="KC "]')))[0]).toBe('2px');

	// Choosing another airline moves the highlight to the very same element: no line is drawn again.
	const kcLine = await map.locator('[data-line^="KC "]').elementHandle();
	await page.getByRole('navigation', { name: 'Airline' }).getByRole('link', { name: 'Air Astana' }).click();
	await expect(page).toHaveURL(/[?&]airline=kc\b/);
	await expect(lines).toHaveClass([/is-highlighted/, /is-faded/, /is-faded/]);
	expect(await kcLine!.evaluate((path) => path.isConnected && path.classList.contains('is-highlighted'))).toBe(true);
	await expect(lines).toHaveCount(3);
});

test('a direction filter keeps one line per airline on the pair, named by that direction', async ({ page }) => {
	await page.goto('/?direction=icn-ala');
	const picture = page.getByTestId('map-preview');
	await expect(picture.locator('[data-line]')).toHaveCount(3);
	for (const line of await picture.locator('[data-line]').all()) await expect(line).not.toHaveClass(/is-hidden/);
	const map = await openLiveMap(page);
	const lines = map.locator('[data-line]');
	await expect(lines).toHaveCount(3);
	await expect(lines.first()).toHaveAttribute('aria-label', 'Air Astana · Seoul (ICN) → Almaty (ALA)');
	await page.goto('/');
	const both = await openLiveMap(page);
	await expect(both.locator('[data-line]').first()).toHaveAttribute('aria-label', 'Air Astana · Almaty (ALA) ⇄ Seoul (ICN)');
});

test('the country names are in the page’s language, in the picture and on the live map', async ({ page }) => {
	const expected = {
		ru: { kz: 'Казахстан', cn: 'Китай', mn: 'Монголия' },
		kk: { kz: 'Қазақстан', cn: 'Қытай', mn: 'Моңғолия' },
		ko: { kz: '카자흐스탄', cn: '중국', mn: '몽골' }
	};
	await page.setViewportSize({ width: 360, height: 780 });
	for (const [locale, names] of Object.entries(expected)) {
		await page.goto(`/${locale}`);
		const picture = page.getByTestId('map-preview');
		for (const [id, text] of Object.entries(names)) await expect(picture.locator(`[data-country="${id}"]`)).toHaveText(text);
		const map = await openLiveMap(page);
		for (const [id, text] of Object.entries(names)) {
			const name = map.locator(`[data-country="${id}"]`);
			await expect(name).toHaveText(text);
			await expect(name).toBeVisible();
		}
	}
});

test('from the keyboard: Tab reaches the map, the arrows pan it, and a line is chosen with Enter', async ({ page }) => {
	await page.goto('/routes/icn-ala');
	const map = page.getByTestId('services-map');
	// The map becomes a Tab stop once the page runs: wait for that before tabbing to it.
	await expect(map).toHaveAttribute('tabindex', '0');
	// The last control before the map, then one Tab: the map is the next stop.
	await page.locator('a[data-airline]').last().focus();
	await page.keyboard.press('Tab');
	await expect(map).toBeFocused();
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	await expect(map).toBeFocused();

	// Panning moves what the map shows: Incheon's marker moves across the screen.
	const incheon = map.locator('[data-airport="ICN"]');
	const before = await centreOf(incheon);
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await centreOf(incheon))[0]).not.toBe(before[0]);

	await page.keyboard.press('Tab');
	const line = map.locator('[data-line]:focus');
	await expect(line).toHaveCount(1);
	const airline = (await line.getAttribute('data-airline'))!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`[?&]airline=${airline.toLowerCase()}\\b`));
	await expect(map.locator(`[data-line^="${airline} "]`)).toHaveClass(/is-highlighted/);
	// The line keeps the focus: it was not drawn again.
	await expect(line).toHaveCount(1);
});
