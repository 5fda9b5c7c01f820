/**
 * An airport's UTC offset, read from the airport's own data and never from the device's time-zone
 * database, which on an old phone may still put Almaty at +6.
 */
import type { Airport } from '$lib/data/schema';
import { utcMidnight, type CalendarDate } from './calendarDate';

/** Offset in minutes east of UTC on an airport-local date. `utcOffsetOn(almaty, '2024-02-28')` → 360 */
export function utcOffsetOn(airport: Pick<Airport, 'utcOffsets'>, localDate: CalendarDate): number {
	let minutes = airport.utcOffsets[0]!.minutes;
	for (const offset of airport.utcOffsets) {
		if (offset.since <= localDate) minutes = offset.minutes;
	}
	return minutes;
}

/**
 * Offset in force at an instant. A change takes effect at local midnight of its `since` date,
 * counted in the offset it replaces (Almaty: 2024-03-01 00:00 at +6, that is 2024-02-29T18:00Z).
 * `utcOffsetAt(almaty, new Date('2024-02-29T18:00Z'))` → 300
 */
export function utcOffsetAt(airport: Pick<Airport, 'utcOffsets'>, instant: Date): number {
	let minutes = airport.utcOffsets[0]!.minutes;
	for (const offset of airport.utcOffsets) {
		const changesAt = utcMidnight(offset.since) - minutes * 60_000;
		if (instant.getTime() >= changesAt) minutes = offset.minutes;
	}
	return minutes;
}

/** `formatUtcOffset(300)` → `'UTC+5'`, `formatUtcOffset(330)` → `'UTC+5:30'` */
export function formatUtcOffset(minutes: number): string {
	const sign = minutes < 0 ? '−' : '+';
	const whole = Math.abs(minutes);
	const hours = Math.floor(whole / 60);
	const rest = whole % 60;
	return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
