/**
 * IATA scheduling seasons, the periods airlines publish their timetables for: summer runs from the
 * last Sunday of March to the last Saturday of October, winter from the last Sunday of October to
 * the last Saturday of the next March. Seasons are written as IATA writes them: `S25` is summer
 * 2025, `W25` is the winter that starts in October 2025.
 */
import type { CalendarDate } from './calendarDate';

// Plain UTC arithmetic rather than date-fns: the schedule cards need this as the page starts, and
// calendar days in UTC have no time-zone jumps to guard against.
const DAY = 86_400_000;
const isoDay = (ms: number): CalendarDate => new Date(ms).toISOString().slice(0, 10);

export type SeasonCode = `${'S' | 'W'}${number}`;

export interface AirlineSeason {
	code: SeasonCode;
	kind: 'summer' | 'winter';
	/** The year the season starts in. */
	year: number;
	/** First and last day, both included. */
	start: CalendarDate;
	end: CalendarDate;
}

/** The last Sunday of a month. `lastSunday(2025, 3)` → `'2025-03-30'` */
export function lastSunday(year: number, month: number): CalendarDate {
	const lastDay = new Date(Date.UTC(year, month, 0));
	return isoDay(lastDay.getTime() - lastDay.getUTCDay() * DAY);
}

/**
 * A season from its IATA code, or null for anything else.
 * `airlineSeason('S25')` → `{ code: 'S25', kind: 'summer', year: 2025, start: '2025-03-30', end: '2025-10-25' }`
 */
export function airlineSeason(code: string): AirlineSeason | null {
	const match = /^([SW])(\d{2})$/.exec(code);
	if (!match) return null;
	const year = 2000 + Number(match[2]);
	const summer = match[1] === 'S';
	const start = summer ? lastSunday(year, 3) : lastSunday(year, 10);
	const next = summer ? lastSunday(year, 10) : lastSunday(year + 1, 3);
	const end = isoDay(Date.parse(`${next}T00:00:00Z`) - DAY);
	return { code: code as SeasonCode, kind: summer ? 'summer' : 'winter', year, start, end };
}
