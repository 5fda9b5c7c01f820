import { beforeAll, describe, expect, it } from 'vitest';
import { enGB, kk, ko, ru } from 'date-fns/locale';
import { LOCALES } from '$lib/data/locales';
import { dateFnsLocale, loadDateLocale } from './dateLocale';
import { formatDuration, formatKilometres, formatLongDate, formatNumber, formatPartialDate, weekdayNames } from './formatting';

beforeAll(() => Promise.all(LOCALES.map(loadDateLocale)));

describe('date-fns locales', () => {
	it('loads each language once and says plainly when one is missing', async () => {
		expect(dateFnsLocale('ru').code).toBe('ru');
		expect(await loadDateLocale('ko')).toBe(dateFnsLocale('ko'));
		expect(() => dateFnsLocale('xx' as never)).toThrow(/not loaded/);
	});

	it('loads the very words and long forms of date-fns’s own locales, without their parsers', () => {
		for (const [locale, full] of [['en', enGB], ['ru', ru], ['kk', kk], ['ko', ko]] as const) {
			const loaded = dateFnsLocale(locale);
			expect(loaded.code).toBe(full.code);
			expect(loaded.localize).toBe(full.localize);
			expect(loaded.formatLong).toBe(full.formatLong);
			expect(loaded).not.toHaveProperty('match');
		}
	});
});

describe('formatting in the reader’s language', () => {
	it('writes the first Eastar Jet day in each locale’s own long form', () => {
		expect(formatLongDate('2025-04-07', 'en')).toBe('Monday, 7 April 2025');
		expect(formatLongDate('2025-04-07', 'ru')).toMatch(/понедельник, 7 апреля 2025/);
		expect(formatLongDate('2025-04-07', 'ko')).toMatch(/2025년 4월 7일 월요일/);
		expect(formatLongDate('2025-04-07', 'kk')).toMatch(/2025/);
		expect(formatLongDate('2025-04-07', 'kk')).toMatch(/дүйсенбі/i);
	});

	it('names weekdays Monday first', () => {
		expect(weekdayNames('en')).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
		expect(weekdayNames('ru', 'long')[0]).toBe('понедельник');
		expect(weekdayNames('ko')[4]).toBe('금');
	});

	it('dates a figure as coarsely as its source', () => {
		expect(formatPartialDate('2024', 'en')).toBe('2024');
		expect(formatPartialDate('2024-06', 'en')).toBe('June 2024');
		expect(formatPartialDate('2024-06', 'ru')).toBe('июнь 2024');
		expect(formatPartialDate('2024-06', 'ko')).toBe('2024년 6월');
	});

	it('writes durations and distances with Intl', () => {
		expect(formatDuration(435, 'en')).toBe('7 hr 15 min');
		expect(formatDuration(365, 'ru')).toBe('6 ч 5 мин');
		expect(formatDuration(240, 'ko')).toBe('4시간');
		// Intl groups Russian thousands with a no-break space.
		expect(formatKilometres(4171.4, 'ru')).toBe('4\u00a0171 км');
		expect(formatKilometres(4171.4, 'en')).toBe('4,171 km');
		expect(formatKilometres(4171.4, 'ko')).toBe('4,171km');
	});

	it('writes Kazakh numbers and units without relying on the runtime having Kazakh data', () => {
		// What Node's full ICU writes for kk, and what a browser without Kazakh data must write too.
		expect(formatDuration(435, 'kk')).toBe('7 сағ 15 мин');
		expect(formatDuration(240, 'kk')).toBe('4 сағ');
		expect(formatKilometres(4171.4, 'kk')).toBe('4\u00a0171 км');
		expect(formatNumber(185000, 'kk')).toBe('185\u00a0000');
		expect(formatNumber(1.5, 'kk')).toBe('1,5');
	});
});
