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
