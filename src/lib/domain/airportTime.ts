/** Airport-local wall time ⇄ instants, from the airport's own offsets. */
import type { Airport } from '$lib/data/schema';
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { atMidnight, type CalendarDate } from './calendarDate';
import { utcOffsetAt, utcOffsetOn } from './utcOffset';

/** A wall-clock time written HH:MM. */
export type LocalTime = string;

export interface AirportLocal {
	date: CalendarDate;
	time: LocalTime;
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
	return new Date(atMidnight(date).getTime() + (minutesOfDay(time) - offset) * 60_000);
}

/**
 * What the airport's clocks read at an instant.
 * `instantToAirportLocal(almaty, new Date('2025-04-07T17:45Z'))` → `{ date: '2025-04-07', time: '22:45', utcOffsetMinutes: 300 }`
 */
export function instantToAirportLocal(airport: Pick<Airport, 'utcOffsets'>, instant: Date): AirportLocal {
	const offset = utcOffsetAt(airport, instant);
	const wall = new UTCDate(instant.getTime() + offset * 60_000);
	return { date: format(wall, 'yyyy-MM-dd'), time: format(wall, 'HH:mm'), utcOffsetMinutes: offset };
}

/**
 * The airport's wall clock at an instant as a UTCDate, for formatting with date-fns and a locale:
 * its UTC fields are the airport's local fields, whatever the device's zone.
 */
export function airportWallClock(airport: Pick<Airport, 'utcOffsets'>, instant: Date): UTCDate {
	return new UTCDate(instant.getTime() + utcOffsetAt(airport, instant) * 60_000);
}
