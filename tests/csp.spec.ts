import { expect, test } from '@playwright/test';
import { cspViolations as violations, openLiveMap, pages, recordCspViolations } from './helpers';

test.beforeEach(({ page }) => recordCspViolations(page));


test('every page carries a strict policy: no inline or eval scripts', async ({ page }) => {
	for (const path of [...pages, '/ru', '/ko/about', '/404']) {
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, path).toBeTruthy();
		const scriptSrc = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
		expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval/);
		expect(scriptSrc, path).toMatch(/'self'/);
		expect(policy, path).toMatch(/object-src 'none'/);
		expect(/style-src ([^;]+)/.exec(policy!)?.[1], path).not.toMatch(/unsafe-inline/);
	}
});

test('no page reports a violation, with the map drawn and a filter used', async ({ page }) => {
	for (const path of pages) {
		await page.goto(path);
		if (path === '/' || path.startsWith('/routes')) await openLiveMap(page);
		expect(await violations(page), path).toEqual([]);
	}
	await page.goto('/');
	await page.locator('a[data-airline="ZE"]').first().click();
	await expect(page).toHaveURL(/airline=ze/);
	await openLiveMap(page);
	expect(await violations(page)).toEqual([]);
});
