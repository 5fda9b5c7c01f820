/**
 * Dates, numbers and durations in the reader's language: dates from each language's own words and
 * patterns (dateWords/, written by dateFormat.ts), CLDR's separators and short units for numbers
 * (numberFormat.ts). The language's date words must be loaded first (dateLocale.ts).
 */
import type { Locale } from '$lib/data/locales';
import type { CalendarDate } from './calendarDate';
import { formatCalendarDate, type DatePatterns } from './dateFormat';
import { dateWords } from './dateLocale';
import { formatCoordinate, formatNumber, formatUnit } from './numberFormat';

export { dateWords, formatCoordinate, formatNumber };

const write = (date: CalendarDate, form: keyof DatePatterns, locale: Locale) => {
	const words = dateWords(locale);
	return formatCalendarDate(date, words.patterns[form], words);
};

/** `formatLongDate('2025-04-07', 'kk')` → `'2025 ж. 7 сәуір, дүйсенбі'`: weekday and date. */
export function formatLongDate(date: CalendarDate, locale: Locale): string {
	return write(date, 'full', locale);
}

/** `formatMediumDate('2025-04-07', 'ru')` → `'7 апреля 2025 г.'`; `ko` → `'2025년 4월 7일'` */
export function formatMediumDate(date: CalendarDate, locale: Locale): string {
	return write(date, 'medium', locale);
}

/** A short weekday with date for lists: `'Mon, 7 Apr'` in English, `'пн, 7 апр.'` in Russian. */
export function formatShortDay(date: CalendarDate, locale: Locale): string {
	return write(date, 'shortDay', locale);
}

/**
 * A date as coarse as its source: a year, a month or a full date (medium form).
 * `formatPartialDate('2024', 'ru')` → `'2024 г.'`; `formatPartialDate('2024-06', 'kk')` → `'2024 ж. маусым'`
 */
export function formatPartialDate(date: string, locale: Locale): string {
	const parts = date.split('-');
	if (parts.length === 1) return write(`${date}-01-01`, 'year', locale);
	if (parts.length === 2) return write(`${date}-01`, 'monthYear', locale);
	return formatMediumDate(date, locale);
}

/**
 * The weekday and time of an instant on this device's clock, for "your time":
 * `formatWeekdayTime(friday1405, 'ru')` → `'пт 14:05'`
 */
export function formatWeekdayTime(instant: Date, locale: Locale): string {
	const date = `${String(instant.getFullYear()).padStart(4, '0')}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;
	const time = `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;
	return `${write(date, 'weekday', locale)} ${time}`;
}

/**
 * Weekday names Monday first, in the locale: `weekdayNames('en', 'short')[0]` → `'Mo'`; `'abbreviated'`,
 * the form the language puts beside a time (`'Mon'`, `'пн'`, `'월'`) → `weekdayNames('en', 'abbreviated')[0]` → `'Mon'`
 */
export function weekdayNames(locale: Locale, width: 'short' | 'abbreviated' | 'long' = 'short'): string[] {
	if (width === 'abbreviated') {
		// 2025-04-07 is a Monday.
		return Array.from({ length: 7 }, (_, i) => write(`2025-04-${String(7 + i).padStart(2, '0')}`, 'weekday', locale));
	}
	const { weekdays } = dateWords(locale);
	const names = width === 'short' ? weekdays.short : weekdays.wide;
	return [...names.slice(1), names[0]!];
}

/** `formatKilometres(4171, 'en')` → `'4,171 km'`; `ko` → `'4,171km'` */
export function formatKilometres(value: number, locale: Locale): string {
	return formatUnit(value, 'kilometer', locale);
}

/** `formatDuration(435, 'en')` → `'7 hr 15 min'`, in the locale's own duration words. */
export function formatDuration(totalMinutes: number, locale: Locale): string {
	const hours = Math.floor(Math.abs(totalMinutes) / 60);
	const minutes = Math.abs(totalMinutes) % 60;
	if (minutes === 0) return formatUnit(hours, 'hour', locale);
	if (hours === 0) return formatUnit(minutes, 'minute', locale);
	return `${formatUnit(hours, 'hour', locale)} ${formatUnit(minutes, 'minute', locale)}`;
}
