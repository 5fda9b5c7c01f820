import { test } from '@playwright/test';
import { expectNoAxeViolations, pages } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on any page (${colorScheme})`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		for (const path of [...pages, '/404']) {
			await page.goto(path);
			await expectNoAxeViolations(page);
		}
		await context.close();
	});
}
