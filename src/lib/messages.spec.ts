import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';

// Counts come from the data as numbers; each language picks its own plural form (CLDR categories).
describe('plural messages', () => {
	it('uses the Russian one/few/many forms', () => {
		const perWeek = (count: number) => m.card_per_week({ count }, { locale: 'ru' });
		expect(perWeek(1)).toBe('1 рейс в неделю');
		expect(perWeek(2)).toBe('2 рейса в неделю');
		expect(perWeek(5)).toBe('5 рейсов в неделю');
		expect(perWeek(11)).toBe('11 рейсов в неделю');
		expect(perWeek(21)).toBe('21 рейс в неделю');
		expect(perWeek(24)).toBe('24 рейса в неделю');
		expect(m.facts_plus_airline({ count: 2, airline: 'Eastar Jet' }, { locale: 'ru' })).toBe(
			'плюс 2 новых рейса авиакомпании Eastar Jet'
		);
		expect(m.facts_plus_airline({ count: 1, airline: 'Eastar Jet' }, { locale: 'ru' })).toBe(
			'плюс 1 новый рейс авиакомпании Eastar Jet'
		);
	});

	it('keeps the noun singular after a number in Kazakh and uses a counter in Korean', () => {
		expect(m.card_per_week({ count: 1 }, { locale: 'kk' })).toBe('аптасына 1 рейс');
		expect(m.card_per_week({ count: 5 }, { locale: 'kk' })).toBe('аптасына 5 рейс');
		expect(m.card_per_week({ count: 1 }, { locale: 'ko' })).toBe('주 1회');
		expect(m.card_per_week({ count: 7 }, { locale: 'ko' })).toBe('주 7회');
	});

	it('still says one flight and several flights in English', () => {
		expect(m.card_per_week({ count: 1 }, { locale: 'en' })).toBe('1 flight a week');
		expect(m.card_per_week({ count: 2 }, { locale: 'en' })).toBe('2 flights a week');
	});
});

// Places come from the data, so a message that names one by hand would go stale or wrong on another
// route's page ("Almaty–Seoul" on Busan's). The article's own words, quoted on the sources page, keep theirs.
describe('place names', () => {
	it('are in no message, in any language, but the article’s quoted words', async () => {
		const { readdirSync, readFileSync, statSync } = await import('node:fs');
		const { catalog } = await import('$lib/data/catalog');
		const quoted = /^about_(quote|article)_/;
		const names = catalog.airports.flatMap((a) => [a.iata, ...Object.values(a.city), ...Object.values(a.name)]);
		// The Korean airport names' short forms as they appear in running text.
		names.push('인천', '김해', 'Incheon', 'Инчхон', 'Gimhae');
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((f) => (statSync(`${dir}/${f}`).isDirectory() ? files(`${dir}/${f}`) : f.endsWith('.json') && f !== 'glossary.json' ? [`${dir}/${f}`] : []));
		const found: string[] = [];
		for (const file of files('messages')) {
			for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)) {
				if (key.startsWith('$') || quoted.test(key)) continue;
				const text = JSON.stringify(value);
				const named = names.filter((n) => new RegExp(`(^|[^\\p{L}])${n}`, 'u').test(text));
				if (named.length) found.push(`${file} ${key}: ${named.join(', ')}`);
			}
		}
		expect(found).toEqual([]);
	});
});
