import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every prerendered page in English; the other languages prefix /ru, /kk, /ko. */
export const pages = [
	'/',
	'/routes/ala-icn',
	'/routes/icn-ala',
	'/airlines/kc',
	'/airlines/oz',
	'/airlines/ze',
	'/airports/ala',
	'/airports/icn',
	'/about'
];

/** Collects console errors and uncaught exceptions so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Runs axe with WCAG 2.x A and AA rules and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary).toEqual([]);
}

/** Fixes the browser's clock (Date, timers) at an instant, before the page loads. */
export async function fixClock(page: Page, iso: string) {
	await page.clock.install({ time: new Date(iso) });
}
