/**
 * Calendar dates as the traveller reads them on a ticket: `2025-04-07`, with no time zone.
 * Arithmetic runs on date-fns over UTCDate, so the device's own zone can never shift a day.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays as addDaysFns, format, getISODay, isValid, parse } from 'date-fns';

export type CalendarDate = string;

/** The UTCDate at midnight of a calendar date; its UTC fields are the date's fields. `atMidnight('2025-04-07')` */
export function atMidnight(date: CalendarDate): UTCDate {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return new UTCDate(Date.UTC(year, month - 1, day));
}

/** `addDays('2025-04-07', 4)` → `'2025-04-11'` */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	return format(addDaysFns(atMidnight(date), days), 'yyyy-MM-dd');
}

/** ISO weekday, Monday = 1 … Sunday = 7. `isoWeekday('2025-04-07')` → 1 */
export function isoWeekday(date: CalendarDate): number {
	return getISODay(atMidnight(date));
}

/**
 * Reads a `YYYY-MM-DD` string strictly: `2025-13-45`, `2025-02-30` and `tomorrow` give null.
 * `parseCalendarDate('2025-04-07')` → `'2025-04-07'`
 */
export function parseCalendarDate(input: string | null | undefined): CalendarDate | null {
	if (!input || !/^\d{4}-\d{2}-\d{2}$/.test(input)) return null;
	const parsed = parse(input, 'yyyy-MM-dd', new UTCDate(0));
	if (!isValid(parsed)) return null;
	return format(parsed, 'yyyy-MM-dd') === input ? input : null;
}
