import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGlossary, checkMessages, checkUnused, flatten, readProject, readSources, wordsToTranslate } from './check-messages.js';

const plural = (one: string, other: string) => [
	{
		declarations: ['input count', 'local countPlural = count: plural'],
		selectors: ['countPlural'],
		match: { 'countPlural=one': one, 'countPlural=*': other }
	}
];

const en = {
	$schema: 'https://inlang.com/schema/inlang-message-format',
	nav_home: 'All flights',
	direction_heading: '{from} → {to}',
	card_as_of: 'as of {date}',
	card_per_week: plural('{count} flight a week', '{count} flights a week'),
	north: 'N'
};
const ru = {
	nav_home: 'Все рейсы',
	direction_heading: '{from} → {to}',
	card_as_of: 'по состоянию на {date}',
	card_per_week: [
		{
			declarations: ['input count', 'local countPlural = count: plural'],
			selectors: ['countPlural'],
			match: {
				'countPlural=one': '{count} рейс в неделю',
				'countPlural=few': '{count} рейса в неделю',
				'countPlural=many': '{count} рейсов в неделю',
				'countPlural=*': '{count} рейса в неделю'
			}
		}
	],
	north: 'с. ш.'
};

/** One message file per locale under messages/, with `ru` changed by `edit`. */
function project(edit: (messages: Record<string, unknown>) => void = () => {}) {
	const changed: Record<string, unknown> = structuredClone(ru);
	edit(changed);
	return {
		baseLocale: 'en',
		locales: ['en', 'ru'],
		files: [{ pattern: './messages/{locale}.json', messages: { en, ru: changed } as Record<string, Record<string, unknown> | undefined> }]
	};
}

describe('checkMessages', () => {
	it('passes complete, translated messages', () => {
		expect(checkMessages(project())).toEqual([]);
	});

	it('fails a missing message', () => {
		expect(checkMessages(project((m) => delete m.card_as_of))).toEqual([
			'./messages/ru.json: "card_as_of" is missing'
		]);
	});

	it('fails an empty message, and an empty variant', () => {
		expect(checkMessages(project((m) => (m.nav_home = '  ')))).toEqual(['./messages/ru.json: "nav_home" is empty']);
		const emptyVariant = checkMessages(
			project((m) => (m.card_per_week = plural('{count} рейс', '')))
		);
		expect(emptyVariant).toEqual(['./messages/ru.json: "card_per_week" is empty']);
	});

	it('fails a placeholder that differs from the base language', () => {
		expect(checkMessages(project((m) => (m.card_as_of = 'по состоянию на {data}')))).toEqual([
			'./messages/ru.json: "card_as_of" has {data} but en has {date}'
		]);
	});

	it('fails a message that is still the English text', () => {
		expect(checkMessages(project((m) => (m.nav_home = 'All flights')))).toEqual([
			'./messages/ru.json: "nav_home" is the same as in en ("All flights"): not translated yet?'
		]);
	});

	it('fails a plural whose variants are partly English', () => {
		const problems = checkMessages(project((m) => (m.card_per_week = plural('{count} рейс', '{count} flights a week'))));
		expect(problems).toEqual([
			'./messages/ru.json: "card_per_week" is the same as in en ("{count} flights a week"): not translated yet?'
		]);
	});

	it('lets a message without words, or with only names and codes, read the same', () => {
		expect(wordsToTranslate('{from} → {to}')).toBe('');
		expect(wordsToTranslate('Nonstop · ALA–ICN, UTC+5')).toBe('');
		expect(wordsToTranslate('All flights')).toBe('All flights');
		const withBrand = project((m) => (m.brand = 'Nonstop (ALA ⇄ ICN)'));
		withBrand.files[0]!.messages.en = { ...en, brand: 'Nonstop (ALA ⇄ ICN)' };
		expect(checkMessages(withBrand)).toEqual([]);
	});

	it('lets a listed message read the same in that language only', () => {
		const asEnglish = project((m) => (m.north = 'N'));
		expect(checkMessages(asEnglish)).toEqual([
			'./messages/ru.json: "north" is the same as in en ("N"): not translated yet?'
		]);
		expect(checkMessages({ ...asEnglish, sameAsBase: { ru: ['north'] } })).toEqual([]);
		expect(checkMessages({ ...asEnglish, sameAsBase: { ko: ['north'] } })).toHaveLength(1);
	});

	it('fails a message that is not in the base language, and a missing file', () => {
		expect(checkMessages(project((m) => (m.extra = 'Лишнее')))).toEqual(['./messages/ru.json: "extra" is not in en']);
		const noFile = project();
		noFile.files[0]!.messages = { en, ru: undefined };
		expect(checkMessages(noFile)).toEqual(['./messages/ru.json is missing']);
	});

	it('fails variants without a catch-all', () => {
		const noCatchAll = [{ ...ru.card_per_week[0]!, match: { 'countPlural=one': '{count} рейс в неделю' } }];
		expect(checkMessages(project((m) => (m.card_per_week = noCatchAll)))).toEqual([
			'./messages/ru.json: "card_per_week" has no catch-all variant (every selector =*)'
		]);
	});

	it('checks feature files too, and fails a key defined in two files', () => {
		const twoFiles = project();
		twoFiles.files.push({
			pattern: './messages/pwa/{locale}.json',
			messages: { en: { install: 'Install', nav_home: 'Home' }, ru: { install: 'Install', nav_home: 'Главная' } }
		});
		expect(checkMessages(twoFiles)).toEqual([
			'./messages/pwa/en.json: "nav_home" is also in ./messages/en.json, which it overrides',
			'./messages/pwa/ru.json: "nav_home" is also in ./messages/ru.json, which it overrides',
			'./messages/pwa/ru.json: "install" is the same as in en ("Install"): not translated yet?'
		]);
	});

	it('reads nested messages under dotted keys', () => {
		expect([...flatten({ $schema: 'x', a: { b: 'B', c: { d: 'D' } }, e: 'E' })]).toEqual([
			['a.b', 'B'],
			['a.c.d', 'D'],
			['e', 'E']
		]);
	});
});

const glossary = {
	terms: {
		'direct flight': { en: { use: 'direct flight' }, ru: { use: 'прямой рейс', avoid: ['беспосадочн'] } },
		'airline names': { ru: { use: 'Эйр Астана', avoid: ['Air Astana'], except: ['quote'] } }
	}
};

describe('checkGlossary', () => {
	it('passes messages in the glossary’s words', () => {
		expect(checkGlossary({ ...project((m) => (m.route_lede = 'Прямые рейсы')), glossary })).toEqual([]);
	});

	it('fails a variant the glossary tells to avoid, whatever its case, in a plural too', () => {
		expect(checkGlossary({ ...project((m) => (m.route_lede = 'Беспосадочные рейсы: {from} → {to}.')), glossary })).toEqual([
			'./messages/ru.json: "route_lede" says "беспосадочн": the glossary\'s direct flight is "прямой рейс"'
		]);
		const inPlural = project((m) => (m.card_per_week = plural('{count} беспосадочный рейс', '{count} рейса')));
		expect(checkGlossary({ ...inPlural, glossary })).toHaveLength(1);
	});

	it('lets the keys a term excepts keep the variant, and only in that language', () => {
		expect(checkGlossary({ ...project((m) => (m.quote = 'Air Astana и Asiana Airlines')), glossary })).toEqual([]);
		expect(checkGlossary({ ...project((m) => (m.nav_home = 'Рейсы Air Astana')), glossary })).toEqual([
			'./messages/ru.json: "nav_home" says "Air Astana": the glossary\'s airline names is "Эйр Астана"'
		]);
		// English has no such rule: "Air Astana" is its name there.
		const english = project();
		english.files[0]!.messages.en = { ...en, nav_home: 'Air Astana flights' };
		expect(checkGlossary({ ...english, glossary })).toEqual([]);
	});

	describe('the project’s glossary rejects each calque named in issue 23', () => {
		const own = JSON.parse(readFileSync('messages/glossary.json', 'utf8'));
		/** The problems of one message in one language, checked against the project's glossary. */
		const problemsOf = (locale: string, text: string) =>
			checkGlossary({
				locales: [locale],
				files: [{ pattern: './messages/{locale}.json', messages: { [locale]: { some_key: text } } }],
				glossary: own
			});

		it.each([
			'Тек {airline} көрсету',
			'Nonstop-тың жаңа нұсқасы дайын.',
			'{date} жағдайы бойынша',
			'Алдағы ұшып шығулар',
			'{from} → {to} ұшып шығулары апта күндері бойынша',
			'{year} жылғы жазғы маусым кестесі',
			'{from}/{to} қысқы маусым кестесі',
			'Аптасына рейстер',
			'Үлкен шеңбер бойынша қашықтық',
			'Nonstop қосымшасындағы әр дерек',
			'Осы жерден ұшатын тікелей рейстер',
			'Растайды — {facts}'
		])('Kazakh: %s', (text) => {
			expect(problemsOf('kk', text)).not.toEqual([]);
		});

		it.each([
			'факт полётов на маршруте',
			'Страницы направлений',
			'Все прямые рейсы по направлению {from} → {to}',
			'Подтверждает — {facts}',
			'Прямые рейсы: {from} → {to}.',
			'{date} часовой пояс сменился с {from} на {to}.',
			'Расстояние по ортодромии',
			'Начало полётов',
			'Прямых рейсов в неделю, {from} – {to}'
		])('Russian: %s', (text) => {
			expect(problemsOf('ru', text)).not.toEqual([]);
		});

		it.each(['43.355° N', '거리 지도', '공항 위치와 표고', '운항 시작', '근거 — {facts}', '주간 직항편 (전 노선)'])(
			'Korean: %s',
			(text) => {
				expect(problemsOf('ko', text)).not.toEqual([]);
			}
		);

		it('passes the new wording', () => {
			for (const [locale, text] of [
				['kk', 'Тек {airline} рейстерін көрсету'],
				['kk', 'Тек {airline} рейстері'],
				['kk', 'дерек уақыты: {date}'],
				['kk', 'Алдағы рейстер'],
				['kk', '{year} жылғы жазғы кесте, жарияланған күні: {date}'],
				['kk', 'Аптасына рейс саны'],
				['kk', 'Nonstop қолданбасының жаңа нұсқасы дайын.'],
				['ru', 'выполнение рейсов на маршруте'],
				['ru', 'Расстояние по прямой (по ортодромии)'],
				['ko', '북위 {value}°']
			]) {
				expect(problemsOf(locale!, text!), text).toEqual([]);
			}
		});
	});

	it('holds for the project’s own messages and glossary', () => {
		const own = JSON.parse(readFileSync('messages/glossary.json', 'utf8'));
		expect(checkGlossary({ ...readProject(), glossary: own })).toEqual([]);
		// Every language has each term's word, so the glossary can be read as a table.
		for (const [term, byLanguage] of Object.entries(own.terms as Record<string, object>)) {
			expect(Object.keys(byLanguage).sort(), term).toEqual(['en', 'kk', 'ko', 'ru']);
		}
	});
});

describe('checkUnused', () => {
	const files = project().files;
	const allUsed = [
		`{m.nav_home()} {m.direction_heading({ from, to })} m.card_as_of({ date })`,
		`const count = m['card_per_week']({ count: 2 }); m.north();`
	];

	it('passes when code calls every message, by name or by key', () => {
		expect(checkUnused({ baseLocale: 'en', files, sources: allUsed })).toEqual([]);
	});

	it('fails a message that no code calls', () => {
		const sources = [allUsed[0]!, 'm.north();'];
		expect(checkUnused({ baseLocale: 'en', files, sources })).toEqual([
			'./messages/en.json: "card_per_week" is used by no code in src/'
		]);
		// A key that only appears in prose or another identifier is not a use.
		expect(checkUnused({ baseLocale: 'en', files, sources: ['// nav_home card_as_of', 'form.north()'] })).toHaveLength(5);
	});

	it('finds every message of the project used in src/', () => {
		expect(checkUnused({ ...readProject(), sources: readSources('src') })).toEqual([]);
	});
});

describe('readProject', () => {
	it('reads every path pattern that settings.json lists, feature folders included', () => {
		const { baseLocale, locales, files } = readProject();
		expect(baseLocale).toBe('en');
		expect(locales).toEqual(['en', 'ru', 'kk', 'ko']);
		expect(files.map((f) => f.pattern)).toEqual(
			expect.arrayContaining(['./messages/{locale}.json', './messages/pwa/{locale}.json', './messages/tools/{locale}.json'])
		);
		for (const file of files) expect(Object.keys(file.messages)).toEqual(locales);
	});
});
