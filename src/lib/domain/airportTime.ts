/** Airport-local wall time ⇄ instants, from the airport's own offsets. */
import type { Airport } from '$lib/data/schema';
import { utcDateOf, utcMidnight, type CalendarDate } from './calendarDate';
import { utcOffsetAt, utcOffsetOn } from './utcOffset';

/** A wall-clock time written HH:MM. */
export type LocalTime = string;

export interface AirportLocal {
	date: CalendarDate;
	time: LocalTime;
	seconds: number;
	/** Minutes east of UTC in force at that moment. */
	utcOffsetMinutes: number;
}

export function minutesOfDay(time: LocalTime): number {
	const [hours, minutes] = time.split(':').map(Number) as [number, number];
	return hours * 60 + minutes;
}

/**
 * The instant of an airport-local date and time.
 * `airportLocalToInstant(incheon, '2025-04-07', '19:30')` → 2025-04-07T10:30:00Z
 */
export function airportLocalToInstant(airport: Pick<Airport, 'utcOffsets'>, date: CalendarDate, time: LocalTime): Date {
	const offset = utcOffsetOn(airport, date);
	return new Date(utcMidnight(date) + (minutesOfDay(time) - offset) * 60_000);
}

/**
 * What the airport's clocks read at an instant.
 * `instantToAirportLocal(almaty, new Date('2025-04-07T17:45Z'))` → `{ date: '2025-04-07', time: '22:45', seconds: 0, utcOffsetMinutes: 300 }`
 */
export function instantToAirportLocal(airport: Pick<Airport, 'utcOffsets'>, instant: Date): AirportLocal {
	const offset = utcOffsetAt(airport, instant);
	// Shifted by the offset, the instant's UTC fields read as the airport's wall clock.
	const wall = new Date(instant.getTime() + offset * 60_000);
	const two = (n: number) => String(n).padStart(2, '0');
	return {
		date: utcDateOf(wall),
		time: `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`,
		seconds: wall.getUTCSeconds(),
		utcOffsetMinutes: offset
	};
}
