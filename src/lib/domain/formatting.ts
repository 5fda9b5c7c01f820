/**
 * Dates, numbers and durations in the reader's language: date-fns's own locales for dates (their
 * words and long formats, so Korean reads as Korean, written by dateFormat.ts), CLDR's separators
 * and short units for numbers (numberFormat.ts). The language's date-fns locale must be loaded
 * first (dateLocale.ts).
 */
import type { Locale } from '$lib/data/locales';
import type { CalendarDate } from './calendarDate';
import { formatCalendarDate } from './dateFormat';
import { dateFnsLocale } from './dateLocale';
import { formatNumber, formatUnit } from './numberFormat';

export { dateFnsLocale, formatNumber };

/** `formatLongDate('2025-04-07', 'en')` → `'Monday 7 April 2025'`-like, in the locale's own long form. */
export function formatLongDate(date: CalendarDate, locale: Locale): string {
	return formatCalendarDate(date, 'PPPP', dateFnsLocale(locale));
}

/** `formatMediumDate('2025-04-07', 'en')` → `'7 Apr 2025'`, in the locale's own medium form. */
export function formatMediumDate(date: CalendarDate, locale: Locale): string {
	return formatCalendarDate(date, 'PP', dateFnsLocale(locale));
}

/** A short weekday with date for lists: `'Mon, 7 Apr'` in English, `'пн, 7 апр.'` in Russian. */
export function formatShortDay(date: CalendarDate, locale: Locale): string {
	const pattern = locale === 'ko' ? 'M월 d일 (EEE)' : 'EEE, d MMM';
	return formatCalendarDate(date, pattern, dateFnsLocale(locale));
}

/**
 * A date as coarse as its source: `2024` → `'2024'`, `2024-06` → `'June 2024'`, a full date in the
 * long medium form. `formatPartialDate('2024-06', 'ru')` → `'июнь 2024'`
 */
export function formatPartialDate(date: string, locale: Locale): string {
	const parts = date.split('-');
	if (parts.length === 1) return date;
	if (parts.length === 2) {
		const pattern = locale === 'ko' ? 'yyyy년 M월' : 'LLLL yyyy';
		return formatCalendarDate(`${date}-01`, pattern, dateFnsLocale(locale));
	}
	return formatMediumDate(date, locale);
}

const weekdayPatterns = { short: 'EEEEEE', abbreviated: 'EEE', long: 'EEEE' } as const;

/** Weekday names Monday first, in the locale: `weekdayNames('en', 'short')[0]` → `'Mo'`, `'abbreviated'` → `'Mon'` */
export function weekdayNames(locale: Locale, width: keyof typeof weekdayPatterns = 'short'): string[] {
	// 2025-04-07 is a Monday.
	return Array.from({ length: 7 }, (_, i) =>
		formatCalendarDate(`2025-04-${String(7 + i).padStart(2, '0')}`, weekdayPatterns[width], dateFnsLocale(locale))
	);
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
