/** How old an airport's schedule snapshot is on a day, and whether that is worth saying. */
import { utcMidnight, type CalendarDate } from './calendarDate';

/** Past a week, a schedule fetched every night has missed its refresh: the app says how old it is. */
export const STALE_AFTER_DAYS = 7;

/**
 * Whole days from the fetch to the day, and whether that is more than a week.
 * `officialAge('2026-12-02', '2026-12-20')` → `{ days: 18, stale: true }`
 */
export function officialAge(fetched: CalendarDate, day: CalendarDate): { days: number; stale: boolean } {
	const days = Math.round((utcMidnight(day) - utcMidnight(fetched)) / 86_400_000);
	return { days, stale: days > STALE_AFTER_DAYS };
}
