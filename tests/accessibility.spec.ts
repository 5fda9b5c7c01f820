import { test } from '@playwright/test';
import { expectNoAxeViolations, pages } from './helpers';

// Every page in the light scheme; in the dark one, a page of each kind (they share their components).
const runs = [
	{ colorScheme: 'light' as const, paths: [...pages, '/404'] },
	{ colorScheme: 'dark' as const, paths: ['/', '/routes/icn-ala', '/airlines/ze', '/airports/ala', '/about', '/404'] }
];

for (const { colorScheme, paths } of runs) {
	for (const path of paths) {
		test(`axe finds no violations on ${path} (${colorScheme})`, async ({ browser }) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(path);
			await expectNoAxeViolations(page);
			await context.close();
		});
	}
}
