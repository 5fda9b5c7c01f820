import { test } from '@playwright/test';
import { drawSectionsBelow, expectNoAxeViolations, pages } from './helpers';

// Every page in the light scheme; in the dark one, a page of each kind (they share their components).
const runs = [
	{ colorScheme: 'light' as const, paths: [...pages, '/404'] },
	{ colorScheme: 'dark' as const, paths: ['/', '/routes', '/routes/icn-ala', '/airlines/ze', '/airports/ala', '/about', '/404'] }
];

// Touch targets are judged on a phone's screen, where lines wrap and links crowd: the home page in
// each language (their words differ in length) and the route page.
const phone = { width: 412, height: 823 };
for (const path of ['/', '/ru', '/kk', '/ko', '/routes/ala-icn', '/kk/routes']) {
	test(`axe finds no violations on ${path} on a phone`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(path);
		await drawSectionsBelow(page);
		await expectNoAxeViolations(page);
		await context.close();
	});
}

for (const { colorScheme, paths } of runs) {
	for (const path of paths) {
		test(`axe finds no violations on ${path} (${colorScheme})`, async ({ browser }) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(path);
			await drawSectionsBelow(page);
			await expectNoAxeViolations(page);
			await context.close();
		});
	}
}
