import { expect, test, type Page } from '@playwright/test';
import { afterModuleLoads, builtFile, expectNoAxeViolations, fixClock, hasLoadedModule, scrollToSection, watchConsole } from './helpers';

/** A few words each page must show in each language: if one is English, a translation is missing. */
const languages = {
	ru: {
		home: { h1: 'Прямые рейсы Алматы — Сеул', nav: 'Алматы ⇄ Сеул' },
		route: { h2: 'Кто летает', timetable: 'Расписание на неделю' },
		about: { h1: 'Откуда эти факты', sources: 'Опубликованные источники' }
	},
	kk: {
		home: { h1: 'Алматы – Сеул тікелей рейстері', nav: 'Алматы ⇄ Сеул' },
		route: { h2: 'Кім ұшады', timetable: 'Апталық кесте' },
		about: { h1: 'Деректер қайдан алынған', sources: 'Жарияланған дереккөздер' }
	},
	ko: {
		home: { h1: '알마티–서울 직항편', nav: '알마티 ⇄ 서울' },
		route: { h2: '운항 항공사', timetable: '주간 시간표' },
		about: { h1: '정보의 출처', sources: '공개 출처' }
	}
} as const;
type Language = keyof typeof languages;

/** The page's canonical and hreflang links, as written in its <head>. */
async function headLinks(page: Page) {
	const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
	const alternates = await page
		.locator('head link[rel="alternate"][hreflang]')
		.evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')] as const));
	return { canonical, alternates: Object.fromEntries(alternates) as Record<string, string> };
}

for (const [locale, words] of Object.entries(languages) as [Language, (typeof languages)[Language]][]) {
	test(`${locale}: home, a route and the sources page are in ${locale}, with no console error`, async ({ page }) => {
		const errors = watchConsole(page);

		await page.goto(`/${locale}`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('h1')).toHaveText(words.home.h1);
		await expect(page.getByRole('navigation').first().getByRole('link', { name: words.home.nav })).toBeVisible();
		await expect(page.locator('a[hreflang]', { hasText: 'English' })).toHaveAttribute('href', '/');

		await page.goto(`/${locale}/routes/icn-ala`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		// Exact: the glance's heading above it ("Коротко: кто летает, …") names who flies too.
		await expect(page.getByRole('heading', { level: 2, name: words.route.h2, exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: words.route.timetable })).toBeVisible();

		await page.goto(`/${locale}/about`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('h1')).toHaveText(words.about.h1);
		await expect(page.getByRole('heading', { level: 2, name: words.about.sources })).toBeVisible();

		expect(errors).toEqual([]);
	});

	test(`${locale}: canonical and hreflang links are absolute and name every language's page`, async ({ page }) => {
		for (const path of ['', '/routes/icn-ala', '/about']) {
			await page.goto(`/${locale}${path}`);
			const { canonical, alternates } = await headLinks(page);
			expect(canonical, path).not.toBeNull();
			const origin = new URL(canonical!).origin;
			expect(origin).toMatch(/^https?:\/\/[^/]+$/);
			if (process.env.PUBLIC_SITE_ORIGIN) expect(origin).toBe(new URL(process.env.PUBLIC_SITE_ORIGIN).origin);
			// A language's home is /ru/, as the site's is /.
			expect(canonical).toBe(`${origin}/${locale}${path || '/'}`);
			expect(alternates).toEqual({
				en: `${origin}${path || '/'}`,
				ru: `${origin}/ru${path || '/'}`,
				kk: `${origin}/kk${path || '/'}`,
				ko: `${origin}/ko${path || '/'}`,
				'x-default': `${origin}${path || '/'}`
			});
			await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute(
				'content',
				{ ru: 'ru_RU', kk: 'kk_KZ', ko: 'ko_KR' }[locale]
			);
		}
		// The 404 page is served at any unknown address: it names none as canonical, before or after
		// the page starts running in the browser.
		await page.goto(`/${locale}/no/such/page`);
		await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
		// The notices load last, once the page has started and gone idle.
		await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
		await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
		await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	});

	test(`${locale}: axe finds no violations on home, the sources page and the 404 page`, async ({ page }) => {
		// Three full axe runs: well inside 30 s on a quiet machine, not on a busy one. Route pages share
		// the home page's components and are checked in English by accessibility.spec.ts.
		test.slow();
		for (const path of ['', '/about', '/no/such/page']) {
			await page.goto(`/${locale}${path}`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expectNoAxeViolations(page);
		}
	});
}

test('the head is hydrated, never written twice, and follows a navigation', async ({ page }) => {
	const errors = watchConsole(page);
	const head = () =>
		page.evaluate(() => ({
			titles: document.querySelectorAll('title').length,
			title: document.title,
			descriptions: document.querySelectorAll('head meta[name="description"]').length,
			canonical: [...document.querySelectorAll<HTMLLinkElement>('head link[rel="canonical"]')].map((link) => new URL(link.href).pathname),
			alternates: document.querySelectorAll('head link[rel="alternate"][hreflang]').length,
			ogTitles: [...document.querySelectorAll('head meta[property="og:title"]')].map((meta) => meta.getAttribute('content'))
		}));
	await page.goto('/ru/');
	// The notices load last, once every part of the page has hydrated and the page is idle.
	await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
	const home = await head();
	expect(home).toMatchObject({ titles: 1, descriptions: 1, canonical: ['/ru/'], alternates: 5 });
	expect(home.ogTitles).toEqual([home.title.replace(/ · Nonstop$/, '')]);

	await page.locator('a[data-network-link]').click();
	await expect(page).toHaveURL(/\/ru\/routes$/);
	await expect.poll(async () => (await head()).canonical).toEqual(['/ru/routes']);
	const network = await head();
	expect(network).toMatchObject({ titles: 1, descriptions: 1, alternates: 5 });
	expect(network.title).not.toBe(home.title);
	expect(network.ogTitles).toEqual([network.title.replace(/ · Nonstop$/, '')]);
	expect(errors).toEqual([]);
});

test('the language switcher keeps the page and its query', async ({ page }) => {
	const errors = watchConsole(page);
	await fixClock(page, '2025-04-08T12:00:00Z');
	await page.goto('/routes/icn-ala?airline=ze&date=2025-04-11');
	const russian = page.getByRole('link', { name: 'Русский' });
	// The query is added to the links once the page runs in the browser.
	await expect(russian).toHaveAttribute('href', '/ru/routes/icn-ala?airline=ze&date=2025-04-11');
	await russian.click();
	await expect(page).toHaveURL(/\/ru\/routes\/icn-ala\?airline=ze&date=2025-04-11$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('h1')).toContainText('Сеул');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('heading')).toContainText('11 апреля 2025');
	await expect(page.locator('[data-card]')).toHaveCount(1);
	await expect(page.locator('[data-card]')).toHaveAttribute('data-airline', 'ZE');
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
		'href',
		'/routes/icn-ala?airline=ze&date=2025-04-11'
	);
	expect(errors).toEqual([]);
});

test("the switcher on the home page leads to each language's home, not a 404", async ({ page }) => {
	for (const [name, locale] of [
		['Русский', 'ru'],
		['Қазақша', 'kk'],
		['한국어', 'ko']
	] as const) {
		await page.goto('/');
		await page.getByRole('link', { name }).click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/$`));
		await expect(page.locator('h1')).toHaveText(languages[locale].home.h1);
	}
});

test('a Russian route page speaks Russian weekdays, dates and plurals', async ({ page }) => {
	await fixClock(page, '2025-04-08T12:00:00Z');
	await page.goto('/ru/routes/icn-ala?date=2025-04-11');
	const weekdays = page.locator('table thead th abbr');
	await expect(weekdays.first()).toHaveText('пн');
	await expect(weekdays.first()).toHaveAttribute('title', 'понедельник');
	await expect(weekdays.nth(4)).toHaveText('пт');
	await scrollToSection(page, 'next-departures');
	await expect(page.getByTestId('next-departures').getByRole('heading')).toHaveText('Вылеты: пятница, 11 апреля 2025 г. и далее');
	await expect(page.getByTestId('next-departures').getByRole('listitem').first()).toHaveAttribute('data-date', '2025-04-11');
	await expect(page.locator('[data-card="ze-ala-icn"]')).toContainText('2 рейса в неделю');
	await expect(page.locator('[data-card="oz-ala-icn"]')).toContainText('5 рейсов в неделю');
	await expect(page.locator('[data-card="kc-ala-icn"]')).toContainText('7 рейсов в неделю');
});

test('the Korean sources page quotes the article in Russian beside a Korean translation', async ({ page }) => {
	await page.goto('/ko/about');
	const original = page.locator('blockquote[lang="ru"]');
	await expect(original).toHaveCount(1);
	await expect(original).toContainText('Между Алматы и Сеул выполняются регулярные прямые рейсы');
	await expect(original).toContainText('Eastar Jet запускает два новых прямых рейса');
	const translation = page.locator('[data-quote-pair] blockquote:not([lang])');
	await expect(translation).toContainText('에어아스타나와 아시아나항공이 정기 직항편을 운항하고 있습니다');
	await expect(translation).toContainText('2025년 4월 7일부터 한국의 이스타항공이');
	await expect(page.locator('[data-quote-pair] figcaption').nth(1)).toHaveText('번역');
});

test('the Kazakh sources page has a Kazakh translation, the Russian one shows the original alone', async ({ page }) => {
	await page.goto('/kk/about');
	await expect(page.locator('blockquote[lang="ru"]')).toContainText('Он отметил, что Алматы становится');
	await expect(page.locator('[data-quote-pair] blockquote:not([lang])')).toContainText('Алматы мен Сеул арасында');

	await page.goto('/ru/about');
	await expect(page.locator('blockquote[lang="ru"]')).toContainText('Он отметил, что Алматы становится');
	await expect(page.locator('[data-quote-pair] blockquote')).toHaveCount(1);
});

test('publishers are named as each language’s readers know them', async ({ page }) => {
	for (const [path, names] of [
		['/ko/about', ['연합뉴스', '뉴시스(동아닷컴 게재)', '뉴스핌', '서울경제']],
		['/ru/about', ['«Казинформ»', '«Вечерний Алматы»', '«Ёнхап»']],
		['/kk/about', ['«ҚазАқпарат»', '«Вечерний Алматы»']],
		['/about', ['Kazinform', 'Newsis (via donga.com)', 'Yonhap News']]
	] as const) {
		await page.goto(path);
		for (const name of names) await expect(page.locator('main'), `${path}: ${name}`).toContainText(name);
	}
	// A source's mark on a card uses the same names.
	await page.goto('/ko/');
	await expect(page.locator('[data-card="oz-ala-icn"] [data-flight-numbers] [data-source-mark]')).toContainText('뉴시스');
});

test('the sources and airport pages load the words they alone say, when opened and when reached by a link', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/kk/');
	await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
	// The home page goes without them (tests/budget.spec.ts reads the files themselves).
	expect(await hasLoadedModule(page, 'src/lib/paraglide/messages/kk.js?page=about')).toBe(false);
	// A mark on this document: still there after the link, the page was drawn by the app, not loaded anew.
	await page.evaluate(() => document.documentElement.setAttribute('data-same-document', ''));

	await page.locator('header a[href="/kk/about"]').click();
	await expect(page).toHaveURL(/\/kk\/about$/);
	await expect(page.locator('h1')).toHaveText(languages.kk.about.h1);
	await expect(page.locator('html')).toHaveAttribute('data-same-document', '');
	expect(await hasLoadedModule(page, 'src/lib/paraglide/messages/kk.js?page=about')).toBe(true);
	expect(await hasLoadedModule(page, 'src/lib/paraglide/messages/kk.js?page=airport')).toBe(false);

	// Opened: hydrated with its own words, it shows the airport's time now, which only the browser knows.
	await page.goto('/ko/airports/icn');
	await expect(page.locator('[data-clock-time]')).toHaveText(/^\d\d:\d\d$/);
	await expect(page.getByTestId('airport-clock').getByRole('heading')).toHaveText('현재 현지 시각');
	expect(await hasLoadedModule(page, 'src/lib/paraglide/messages/ko.js?page=airport')).toBe(true);
	expect(errors).toEqual([]);
});

for (const [what, file] of [
	['own words', 'src/lib/paraglide/messages/ru.js?page=about'],
	['whole sources', 'src/lib/data/sources.ts?whole']
] as const) {
	test(`a link to the sources page whose ${what} cannot load opens the page from the server, as prerendered`, async ({ page }) => {
		const errors = watchConsole(page);
		await page.goto('/ru/');
		await afterModuleLoads(page, 'src/lib/components/pwa/PwaNoticesLater.svelte');
		await page.evaluate(() => document.documentElement.setAttribute('data-same-document', ''));
		// As when the connection drops before the service worker has the file.
		const refused = builtFile(file);
		await page.route((url) => url.pathname.endsWith(refused), (route) => route.abort('internetdisconnected'));

		await page.locator('header a[href="/ru/about"]').click();
		await expect(page).toHaveURL(/\/ru\/about$/);
		await expect(page.locator('h1')).toHaveText(languages.ru.about.h1);
		// A new document: the browser loaded the page itself, with every fact in its HTML.
		await expect(page.locator('html')).not.toHaveAttribute('data-same-document');
		await expect(page.getByRole('heading', { name: languages.ru.about.sources })).toBeVisible();
		await expect(page.locator('#source-article a[rel~="external"]')).toHaveAttribute('href', /^https:\/\//);
		expect(errors.some((error) => error.includes('The about page\'s words (ru) or data could not load'))).toBe(true);
	});
}
