/**
 * Dates, numbers and counts as the Russian, Kazakh and Korean pages show them, read from the
 * rendered pages: each language's forms (src/lib/domain/dateWords/) and the words around them.
 */
import { expect, test, type Page } from '@playwright/test';
import { scrollToSection, watchConsole } from './helpers';

/**
 * The text of the page (or a part of it) on one line, spaces as single spaces but no-break ones
 * kept. Its text nodes, not innerText: content below the fold is not laid out (content-visibility),
 * and innerText skips it.
 */
async function rawTextOf(page: Page, selector = 'body') {
	const text = await page.locator(selector).evaluate((root) => {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
			acceptNode: (node) => (node.parentElement?.closest('script, style, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
		});
		const parts: string[] = [];
		while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? '');
		return parts.join(' ');
	});
	return text.replace(/[ \t\n\r]+/g, ' ');
}

/** The same with no-break spaces (which hold Russian and Kazakh dates together) read as spaces. */
async function textOf(page: Page, selector = 'body') {
	return (await rawTextOf(page, selector)).replace(/\s+/g, ' ');
}

const plain = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());

/** Forms no page may show in a language, whatever the data. */
const never = {
	// "г.." where a sentence ends after a year; three-letter weekdays.
	ru: [/г\.\./, /(^|[^\p{L}])(вск|пнд|втр|срд|чтв|птн|суб)([^\p{L}]|$)/iu],
	// Short months ("қар" is snow, "қаз" a goose), ordinals (7-ші), the Russian-order "сәуір 2025 ж.".
	kk: [
		/(^|[^\p{L}])(қаң|ақп|нау|сәу|мам|мау|шіл|там|қыр|қаз|қар|жел)([^\p{L}]|$)/iu,
		/\d-(ші|шы|ы|і)([^\p{L}]|$)/u,
		/(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан) \d{4}/u,
		/жылғы \d/u
	],
	// Numeric dates (2026.11.27).
	ko: [/\d{4}\.\s?\d{1,2}\.\s?\d{1,2}/]
} as const;

const pages = ['/', '/routes/ala-icn', '/routes/icn-ala?date=2025-04-11', '/about', '/airports/ala', '/airports/icn', '/airlines/ze', '/no/such/page'];

for (const locale of ['ru', 'kk', 'ko'] as const) {
	test(`${locale}: no page shows a date, weekday or month in a form the language does not use`, async ({ page }) => {
		for (const path of pages) {
			await page.goto(`/${locale}${path}`);
			// The departures, worked out once the page runs and the traveller scrolls to them, are read too.
			if ((await page.getByTestId('next-departures').count()) > 0) {
				await scrollToSection(page, 'next-departures');
				await expect(page.getByTestId('next-departures').locator('[data-day], .empty').first()).toBeVisible();
			}
			const text = await textOf(page);
			for (const form of never[locale]) expect(text, `${locale}${path}`).not.toMatch(form);
		}
	});
}

test('Russian dates: full, with г., months in full, two-letter weekdays; no sentence ends in г..', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/ru/');
	const home = await textOf(page);
	expect(home).toContain('Первый рейс понедельник, 7 апреля 2025 г.');
	expect(home).toContain('Расписание на летний сезон 2025 года, опубликовано 8 апреля 2025 г.');
	expect(home).toMatch(/последние данные: \d{4} г\./);
	expect(home).toMatch(/по состоянию на (январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь) \d{4} г\./);
	expect(await rawTextOf(page, 'main')).toMatch(/\+\d+\u00a0% к \d{4} году/);
	expect(await rawTextOf(page, 'main')).toMatch(/7\u00a0апреля 2025\u00a0г\./);
	expect(await textOf(page, 'footer')).toMatch(/Последний поиск по источникам: \d{1,2} [а-я]+ \d{4} г\.(?!\.)/);
	expect(await textOf(page, 'footer')).toMatch(/Самое свежее расписание, все маршруты: (январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь) \d{4} г\.(?!\.)/);

	await page.goto('/ru/airports/ala');
	expect(await textOf(page, 'main')).toContain('1 марта 2024 г. смещение от UTC сменилось с UTC+6 на UTC+5.');

	await page.goto('/ru/about');
	expect(await textOf(page, 'main')).toMatch(/Последний поиск по источникам: \d{1,2} [а-я]+ \d{4} г\.(?!\.)/);

	await page.goto('/ru/routes/icn-ala?date=2025-04-11');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('heading')).toHaveText('Вылеты: пятница, 11 апреля 2025 г. и далее');
	await expect(page.locator('[data-day]').first()).toBeVisible();
	const days = plain(await page.locator('[data-day]').allTextContents());
	expect(days.length).toBeGreaterThan(0);
	for (const day of days) expect(day).toMatch(/^(пн|вт|ср|чт|пт|сб|вс), \d{1,2} [а-я]+\.?$/);
	for (const yours of plain(await page.locator('[data-your-time]').allTextContents())) {
		expect(yours).toMatch(/^Ваше время: (пн|вт|ср|чт|пт|сб|вс) \d\d:\d\d$/);
	}
	expect(errors).toEqual([]);
});

test('Kazakh dates: year first with ж., months in full, күні inside a sentence', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/kk/');
	const home = await textOf(page);
	expect(home).toContain('Алғашқы рейс 2025 ж. 7 сәуір, дүйсенбі');
	expect(home).toMatch(/соңғы дерек: \d{4} ж\./);
	expect(home).toMatch(/дерек уақыты: \d{4} ж\. (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/);
	expect(home).toContain('2025 жылғы жазғы кесте, жарияланған күні: 2025 ж. 8 сәуір');
	expect(await textOf(page, 'footer')).toMatch(/Дереккөздер соңғы рет ізделді: \d{4} ж\. \d{1,2} [а-яәғқңөұүһі]+/);

	await page.goto('/kk/airports/ala');
	expect(await textOf(page, 'main')).toContain('2024 ж. 1 наурыз күні UTC-ден ауытқу UTC+6 мәнінен UTC+5 мәніне өзгерді.');

	await page.goto('/kk/about');
	const about = await textOf(page, 'main');
	expect(about).toMatch(/\d{4} ж\. \d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/);
	expect(about).toMatch(/Ең жаңа кесте, барлық маршруттар: \d{4} ж\. (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/);

	await page.goto('/kk/routes/icn-ala?date=2025-04-11');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('heading')).toHaveText('Рейстер: 2025 ж. 11 сәуір, жұма және одан кейін');
	await expect(page.locator('[data-day]').first()).toBeVisible();
	const days = plain(await page.locator('[data-day]').allTextContents());
	expect(days.length).toBeGreaterThan(0);
	for (const day of days) {
		expect(day).toMatch(/^\d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан), (дс|сс|ср|бс|жм|сб|жс)$/);
	}
	expect(errors).toEqual([]);
});

test('Korean dates: 년 월 일 spelt out, 기준 after a year, counts and people with their counters', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/ko/');
	const home = await textOf(page);
	expect(home).toContain('첫 운항 2025년 4월 7일 월요일');
	expect(home).not.toContain('부터 이 노선 운항');
	expect(home).toMatch(/마지막 보도 \d{4}년/);
	expect(home).toMatch(/약 \d{1,3}(,\d{3})*명/);
	expect(home).toContain('2025년 하계 시간표, 2025년 4월 8일 발표');
	await expect(page.locator('footer')).toContainText(/출처 최종 검색: \d{4}년 \d{1,2}월 \d{1,2}일/);
	await expect(page.locator('footer')).toContainText(/최신 시간표: \d{4}년 \d{1,2}월/);

	// The country-wide total, with Eastar Jet's two on top, and each route's first flight.
	await page.goto('/ko/routes');
	const network = await textOf(page, 'main');
	expect(network).toMatch(/신규 주 \d+회 추가/);
	expect(network).toMatch(/첫 운항: \d{4}년 \d{1,2}월 \d{1,2}일/);

	await page.goto('/ko/about');
	expect(await textOf(page, 'main')).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일/);

	await page.goto('/ko/routes/icn-ala?date=2025-04-11');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('heading')).toHaveText('2025년 4월 11일 금요일부터 출발하는 항공편');
	await expect(page.locator('[data-day]').first()).toBeVisible();
	const days = plain(await page.locator('[data-day]').allTextContents());
	expect(days.length).toBeGreaterThan(0);
	for (const day of days) expect(day).toMatch(/^\d{1,2}월 \d{1,2}일 \([월화수목금토일]\)$/);
	expect(errors).toEqual([]);
});
