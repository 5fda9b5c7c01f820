/**
 * Calendar dates as the traveller reads them on a ticket: `2025-04-07`, with no time zone.
 * date-fns works on a Date at local noon of the day: built and read in the same zone, and far
 * from any midnight DST jump, so the device's zone can never shift a day. (A Date subclass such
 * as UTCDate is avoided on purpose: a faked or patched global Date silently drops subclasses.)
 */
import { addDays as addDaysFns, getISODay } from 'date-fns';

export type CalendarDate = string;

function fields(date: CalendarDate): [number, number, number] {
	return date.split('-').map(Number) as [number, number, number];
}

/** A Date at local noon of a calendar date, for date-fns to read and format. `atNoon('2025-04-07').getDate()` → 7 */
export function atNoon(date: CalendarDate): Date {
	const [year, month, day] = fields(date);
	return new Date(year, month - 1, day, 12);
}

/** Milliseconds of UTC midnight starting a calendar date. `utcMidnight('1970-01-02')` → 86400000 */
export function utcMidnight(date: CalendarDate): number {
	const [year, month, day] = fields(date);
	return Date.UTC(year, month - 1, day);
}

/** `addDays('2025-04-07', 4)` → `'2025-04-11'` */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	return localCalendarDate(addDaysFns(atNoon(date), days));
}

/** The calendar date a Date shows on the device's own clock. */
function localCalendarDate(value: Date): CalendarDate {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${value.getFullYear()}-${two(value.getMonth() + 1)}-${two(value.getDate())}`;
}

/** ISO weekday, Monday = 1 … Sunday = 7. `isoWeekday('2025-04-07')` → 1 */
export function isoWeekday(date: CalendarDate): number {
	return getISODay(atNoon(date));
}

/** The UTC calendar date of an instant. `utcDateOf(new Date('2025-04-07T23:00Z'))` → `'2025-04-07'` */
export function utcDateOf(instant: Date): CalendarDate {
	return instant.toISOString().slice(0, 10);
}

/**
 * Reads a `YYYY-MM-DD` string strictly: `2025-13-45`, `2025-02-30` and `tomorrow` give null.
 * `parseCalendarDate('2025-04-07')` → `'2025-04-07'`
 */
export function parseCalendarDate(input: string | null | undefined): CalendarDate | null {
	if (!input || !/^\d{4}-\d{2}-\d{2}$/.test(input)) return null;
	// A real date survives the round trip through the calendar; 2025-02-30 comes back as March.
	const [year, month, day] = fields(input);
	const back = new Date(Date.UTC(year, month - 1, day));
	return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? input : null;
}
