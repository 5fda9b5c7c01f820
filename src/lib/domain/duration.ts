/** Flight durations. (The clock difference between two airports is clockDifference.ts.) */
import type { Airport, Service } from '$lib/data/schema';
import { airportLocalToInstant } from './airportTime';
import { addDays, type CalendarDate } from './calendarDate';

/**
 * Scheduled block time in minutes of a service departing on an origin-local date, or null when either
 * end's time is not published. `flightDuration(eastarFromIncheon, incheon, almaty, '2025-04-07')` → 435 (7 h 15 min)
 */
export function flightDuration(
	service: Pick<Service, 'times'>,
	origin: Airport,
	destination: Airport,
	date: CalendarDate
): number | null {
	if (!service.times) return null;
	const { departure, arrival, arrivalDayOffset } = service.times.value;
	// One end alone gives no duration: it is never computed from a guessed block time.
	if (departure === null || arrival === null || arrivalDayOffset === null) return null;
	const departs = airportLocalToInstant(origin, date, departure);
	const arrives = airportLocalToInstant(destination, addDays(date, arrivalDayOffset), arrival);
	return Math.round((arrives.getTime() - departs.getTime()) / 60_000);
}
