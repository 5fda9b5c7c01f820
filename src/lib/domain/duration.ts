/** Flight durations and the clock difference between two airports. */
import type { Airport, Service } from '$lib/data/schema';
import { airportLocalToInstant } from './airportTime';
import { addDays, type CalendarDate } from './calendarDate';
import { utcOffsetAt } from './utcOffset';

/**
 * Scheduled block time in minutes of a service departing on an origin-local date, or null when its
 * times are not published. `flightDuration(eastarFromIncheon, incheon, almaty, '2025-04-07')` → 435 (7 h 15 min)
 */
export function flightDuration(
	service: Pick<Service, 'times'>,
	origin: Airport,
	destination: Airport,
	date: CalendarDate
): number | null {
	if (!service.times) return null;
	const { departure, arrival, arrivalDayOffset } = service.times.value;
	const departs = airportLocalToInstant(origin, date, departure);
	const arrives = airportLocalToInstant(destination, addDays(date, arrivalDayOffset), arrival);
	return Math.round((arrives.getTime() - departs.getTime()) / 60_000);
}

/**
 * How many minutes `to`'s clocks are ahead of `from`'s at an instant.
 * `timeDifference(almaty, incheon, new Date('2025-04-07T00:00Z'))` → 240 (Seoul is 4 hours ahead)
 */
export function timeDifference(from: Airport, to: Airport, at: Date): number {
	return utcOffsetAt(to, at) - utcOffsetAt(from, at);
}

/** Splits minutes into hours and minutes for display. `hoursAndMinutes(435)` → `{ hours: 7, minutes: 15 }` */
export function hoursAndMinutes(totalMinutes: number): { hours: number; minutes: number } {
	const whole = Math.abs(totalMinutes);
	return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
