import { expect, test, type Locator, type Page } from '@playwright/test';
import { openLiveMap, watchConsole } from './helpers';

/** The centre of an element on the screen. */
async function centreOf(locator: Locator): Promise<[number, number]> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('not on the screen');
	return [box.x + box.width / 2, box.y + box.height / 2];
}

/** Whether Leaflet has run on the page: it marks the box it draws into. */
const leafletHere = (page: Page) => page.locator('.leaflet-container').count();

test('the map’s first view is in the prerendered page: basemap, every line and both airports, with no JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const basemap = page.waitForResponse((response) => response.url().endsWith('/map/basemap.svg'));
	await page.goto('/');
	expect((await basemap).status()).toBe(200);
	const picture = page.getByTestId('map-preview');
	await expect(picture.locator('path.line')).toHaveCount(6);
	await expect(picture.locator('circle[data-airport]')).toHaveCount(2);
	await expect(picture.locator('text')).toHaveText(['ALA', 'ICN']);
	await expect(page.getByRole('link', { name: 'Natural Earth' }).first()).toBeVisible();
	await context.close();
});

test('Leaflet loads only when the traveller reaches for the map, and starts from the very same view', async ({ page }) => {
	const errors = watchConsole(page);
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	// Long after the page has loaded and gone idle, the map is still the picture.
	await page.waitForTimeout(1500);
	expect(await leafletHere(page)).toBe(0);
	const map = page.getByTestId('route-map');
	await expect(map).toHaveAttribute('data-ready', 'false');

	const picture = page.getByTestId('map-preview');
	await map.scrollIntoViewIfNeeded();
	const before = await Promise.all(['ALA', 'ICN'].map((code) => centreOf(picture.locator(`circle[data-airport="${code}"]`))));
	await openLiveMap(page);
	await page.mouse.move(0, 0);
	// The picture steps aside once Leaflet has drawn, and the airports have not moved.
	await expect(picture).toHaveCount(0);
	const after = await Promise.all(['ALA', 'ICN'].map((code) => centreOf(page.locator(`.airport-marker[data-airport="${code}"]`))));
	for (const [i, [x, y]] of before.entries()) {
		expect(Math.abs(after[i]![0] - x), 'x').toBeLessThan(2);
		expect(Math.abs(after[i]![1] - y), 'y').toBeLessThan(2);
	}
	await expect(map.locator('.route-line')).toHaveCount(6);
	expect(errors).toEqual([]);
});

test('a tap on a line in the picture shows only that airline, and wakes the live map', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/');
	const line = page.getByTestId('map-preview').locator('path.hit[data-airline="ZE"]').first();
	await line.scrollIntoViewIfNeeded();
	// The middle of the line, on the screen.
	const [x, y] = await line.evaluate((path: SVGPathElement) => {
		const point = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM()!);
		return [point.x, point.y];
	});
	await page.touchscreen.tap(x, y);
	await expect(page).toHaveURL(/[?&]airline=ze\b/);
	await expect(page.getByTestId('route-map')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	await expect(page.locator('.route-line.is-highlighted')).toHaveCount(2);
	await expect(page.locator('.route-line.is-highlighted[data-airline="ZE"]')).toHaveCount(2);
	await context.close();
});

test('a filter highlights its airline in the picture and on the live map alike', async ({ page }) => {
	await page.goto('/?airline=oz');
	const picture = page.getByTestId('map-preview');
	await expect(picture.locator('path.line.highlighted')).toHaveCount(2);
	await expect(picture.locator('path.line.highlighted.airline-OZ')).toHaveCount(2);
	await expect(picture.locator('path.line.faded')).toHaveCount(4);
	const map = await openLiveMap(page);
	await expect(map.locator('.route-line.is-highlighted[data-airline="OZ"]')).toHaveCount(2);
	await expect(map.locator('.route-line.is-faded')).toHaveCount(4);
});

test('from the keyboard: Tab reaches the map, the arrows pan it, and a line is chosen with Enter', async ({ page }) => {
	await page.goto('/routes/icn-ala');
	const map = page.getByTestId('route-map');
	// The last control before the map, then one Tab: the map is the next stop.
	await page.locator('a[data-airline]').last().focus();
	await page.keyboard.press('Tab');
	await expect(map).toBeFocused();
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	await expect(map).toBeFocused();

	const pane = map.locator('.leaflet-map-pane');
	const before = await pane.getAttribute('style');
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => pane.getAttribute('style')).not.toBe(before);

	await page.keyboard.press('Tab');
	const line = page.locator('.route-line:focus');
	await expect(line).toHaveCount(1);
	const airline = (await line.getAttribute('data-airline'))!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`[?&]airline=${airline.toLowerCase()}\\b`));
	await expect(page.locator(`.route-line.is-highlighted[data-airline="${airline}"]`)).toHaveCount(1);
});
