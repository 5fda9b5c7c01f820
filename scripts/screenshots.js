// Screenshots of pages at phone and desktop sizes, light and dark, for looking at what was built.
// Usage: node scripts/screenshots.js [path …]   (needs `npm start` or scripts/serve.js running)
// CLOCK=2026-12-01T09:00:00Z fixes the page's clock, to see what a traveller sees on that day.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

const origin = process.env.ORIGIN ?? 'http://127.0.0.1:4173';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = process.env.OUT ?? 'test-results/screenshots';
const schemes = (process.env.SCHEMES ?? 'light').split(',');
const sizes = { phone: { width: 360, height: 780 }, desktop: { width: 1440, height: 900 } };
mkdirSync(out, { recursive: true });

/**
 * The departures and saved flights load once the traveller scrolls near them: scrolls to each the
 * page has and waits until it is drawn, then back to the top, as a traveller who read the page did.
 */
async function drawSectionsBelow(page) {
	for (const [testId, drawn] of Object.entries({ 'next-departures': '[data-day], .empty', 'saved-flights': 'p, ul' })) {
		if ((await page.getByTestId(testId).count()) === 0) continue;
		await page.getByTestId(testId).scrollIntoViewIfNeeded();
		await page.getByTestId(testId).locator(drawn).first().waitFor({ state: 'attached' });
	}
	await page.evaluate(() => scrollTo(0, 0));
}

/**
 * Runs in the page: resolves once its fonts are in and the browser has gone idle after loading it
 * (by then the parts that load after the page starts, or once scrolled near, are in), then painted
 * twice more.
 */
function settled() {
	return document.fonts.ready.then(
		() =>
			new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))))
	);
}

const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: chromiumArgs
});
for (const path of paths) {
	for (const [name, viewport] of Object.entries(sizes)) {
		for (const colorScheme of schemes) {
			const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
			page.on('console', (msg) => msg.type() === 'error' && console.log(`console error on ${path}: ${msg.text()}`));
			if (process.env.CLOCK) await page.clock.install({ time: new Date(process.env.CLOCK) });
			await page.goto(origin + path);
			await drawSectionsBelow(page);
			// A full-page picture takes in what lies past the screen, which the browser leaves undrawn
			// until a traveller scrolls near it (content-visibility: auto): drawn here as scrolling would.
			await page.evaluate(() => document.querySelectorAll('.below-fold').forEach((part) => (part.style.contentVisibility = 'visible')));
			await page.evaluate(settled);
			const day = process.env.CLOCK ? `-${process.env.CLOCK.slice(0, 10)}` : '';
			const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${colorScheme}${day}.png`;
			await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
			console.log(file);
			await page.close();
		}
	}
}
await browser.close();
