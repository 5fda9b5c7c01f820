// One table per language: each date form of each language, read back against its norms.
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendarDate';
import { formatCalendarDate, type DatePatterns, type DateWords } from '../dateFormat';
import { words as en } from './en';
import { words as kk } from './kk';
import { words as ko } from './ko';
import { words as ru } from './ru';

/** A form written out, no-break spaces shown as plain ones (the test below checks where they are). */
const write = (words: DateWords, form: keyof DatePatterns, date: string) =>
	formatCalendarDate(date, words.patterns[form], words).replace(/\u00a0/g, ' ');

/** Every form of a language on every day of two years: what a page could ever show. */
function everyForm(words: DateWords): string[] {
	const all: string[] = [];
	for (let date = '2025-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
		for (const form of Object.keys(words.patterns) as (keyof DatePatterns)[]) all.push(write(words, form, date));
	}
	return all;
}

describe('Kazakh dates', () => {
	it('put the year first with ж., the month in full, and no ordinal', () => {
		expect(write(kk, 'full', '2025-04-07')).toBe('2025 ж. 7 сәуір, дүйсенбі');
		expect(write(kk, 'medium', '2025-04-07')).toBe('2025 ж. 7 сәуір');
		expect(write(kk, 'monthYear', '2023-04-01')).toBe('2023 ж. сәуір');
		expect(write(kk, 'year', '2022-01-01')).toBe('2022 ж.');
		expect(write(kk, 'shortDay', '2025-11-07')).toBe('7 қараша, жм');
		expect(write(kk, 'weekday', '2025-04-11')).toBe('жм');
	});

	it('never shorten a month ("қар" is snow, "қаз" a goose) nor write "-ші"', () => {
		for (const text of everyForm(kk)) {
			expect(text).not.toMatch(/-(ші|шы|ы|і)\b|\bқар\b|\bқаз\b|\bсәу\b/u);
			expect(text).not.toMatch(/жылғы/u);
		}
	});
});

describe('Russian dates', () => {
	it('write "г." after a year, months in full, two-letter weekdays', () => {
		expect(write(ru, 'full', '2025-04-07')).toBe('понедельник, 7 апреля 2025 г.');
		expect(write(ru, 'medium', '2025-04-07')).toBe('7 апреля 2025 г.');
		expect(write(ru, 'monthYear', '2023-04-01')).toBe('апрель 2023 г.');
		expect(write(ru, 'year', '2022-01-01')).toBe('2022 г.');
		expect(write(ru, 'shortDay', '2025-04-11')).toBe('пт, 11 апр.');
		expect(write(ru, 'weekday', '2025-04-11')).toBe('пт');
	});

	it('never write a three-letter weekday', () => {
		for (const text of everyForm(ru)) expect(text).not.toMatch(/\b(вск|пнд|втр|срд|чтв|птн|суб)\b/u);
	});
});

describe('Korean dates', () => {
	it('spell every form out with 년 월 일, never 2026.11.27', () => {
		expect(write(ko, 'full', '2025-04-07')).toBe('2025년 4월 7일 월요일');
		expect(write(ko, 'medium', '2026-11-27')).toBe('2026년 11월 27일');
		expect(write(ko, 'monthYear', '2024-06-01')).toBe('2024년 6월');
		expect(write(ko, 'year', '2022-01-01')).toBe('2022년');
		expect(write(ko, 'shortDay', '2025-04-07')).toBe('4월 7일 (월)');
		for (const text of everyForm(ko)) expect(text).not.toMatch(/\d\.\d/);
	});
});

describe('line breaks', () => {
	it('never part a Russian or Kazakh day from its month, nor a year from г. or ж.', () => {
		expect(formatCalendarDate('2025-04-07', ru.patterns.full, ru)).toBe('понедельник, 7\u00a0апреля 2025\u00a0г.');
		expect(formatCalendarDate('2025-04-07', kk.patterns.full, kk)).toBe('2025\u00a0ж. 7\u00a0сәуір, дүйсенбі');
		expect(formatCalendarDate('2023-04-01', ru.patterns.monthYear, ru)).toBe('апрель 2023\u00a0г.');
	});
});

describe('English dates', () => {
	it('are British, day before month', () => {
		expect(write(en, 'full', '2025-04-07')).toBe('Monday, 7 April 2025');
		expect(write(en, 'medium', '2025-04-07')).toBe('7 Apr 2025');
		expect(write(en, 'monthYear', '2024-06-01')).toBe('June 2024');
		expect(write(en, 'year', '2022-01-01')).toBe('2022');
		expect(write(en, 'shortDay', '2025-04-07')).toBe('Mon, 7 Apr');
	});
});
