/**
 * Turns a service's days of operation, times and validity into dated departures.
 * Only services whose days and times are published have departures: nothing is guessed.
 */
import type { Airport, Service } from '$lib/data/schema';
import { airportLocalToInstant } from './airportTime';
import { addDays, isoWeekday, utcDateOf, type CalendarDate } from './calendarDate';
import { confirmedTimetable, type ConfirmedTimetable } from './confirmedTimetable';

/** Finds an airport by its IATA code, or throws: the data's `airport` (`$lib/data/lookup`). */
export type AirportLookup = (code: string) => Airport;

/** One dated flight: a service on a given day. */
export interface Departure {
	service: Service;
	/** Departure date and time on the origin airport's clocks. */
	departureDate: CalendarDate;
	departureTime: string;
	/** Arrival date and time on the destination airport's clocks; null where the arrival is not published. */
	arrivalDate: CalendarDate | null;
	arrivalTime: string | null;
	arrivalDayOffset: 0 | 1 | null;
	departs: Date;
	arrives: Date | null;
	durationMinutes: number | null;
	/**
	 * Whether a source confirms the timetable on this date. A departure past the end of the season
	 * its timetable was announced for follows the last published timetable, unconfirmed.
	 */
	confirmed: boolean;
	/** The timetable's confirmed period and the date of its newest source. */
	timetable: ConfirmedTimetable;
}

/**
 * The departure of a service on one origin-local date, or null when it does not fly that day or its
 * days and times are not published. `departureOn(eastarFromIncheon, airport, '2025-04-07').departs` → 2025-04-07T10:30:00Z
 */
export function departureOn(service: Service, airport: AirportLookup, date: CalendarDate): Departure | null {
	const { daysOfOperation, times, validFrom, validTo } = service;
	const timetable = confirmedTimetable(service);
	if (!daysOfOperation || !times || !validFrom || !timetable) return null;
	if (date < validFrom.value || (validTo && date > validTo.value)) return null;
	if (!daysOfOperation.value.includes(isoWeekday(date))) return null;

	const origin = airport(service.origin);
	const destination = airport(service.destination);
	const { departure, arrival, arrivalDayOffset } = times.value;
	// A departure is an instant at its origin: without the origin's time there is none to list.
	if (departure === null) return null;
	const departs = airportLocalToInstant(origin, date, departure);
	const arrivalDate = arrival !== null && arrivalDayOffset !== null ? addDays(date, arrivalDayOffset) : null;
	const arrives = arrivalDate !== null && arrival !== null ? airportLocalToInstant(destination, arrivalDate, arrival) : null;
	return {
		service,
		departureDate: date,
		departureTime: departure,
		arrivalDate,
		arrivalTime: arrivalDate === null ? null : arrival,
		arrivalDayOffset: arrivalDate === null ? null : arrivalDayOffset,
		departs,
		arrives,
		durationMinutes: arrives === null ? null : Math.round((arrives.getTime() - departs.getTime()) / 60_000),
		confirmed: date <= timetable.until,
		timetable
	};
}

/**
 * A service's first `limit` departures between two origin-local dates that pass `keep`. A service
 * flies at most once a day, so its departures come soonest first day by day, and the soonest
 * `limit` across services are among each service's first `limit`: the search stops there rather
 * than working out months of flights for a list of six.
 */
function firstDepartures(
	service: Service,
	airport: AirportLookup,
	from: CalendarDate,
	to: CalendarDate,
	limit: number,
	keep: (departure: Departure) => boolean = () => true
): Departure[] {
	const found: Departure[] = [];
	for (let date = from; date <= to && found.length < limit; date = addDays(date, 1)) {
		const departure = departureOn(service, airport, date);
		if (departure && keep(departure)) found.push(departure);
	}
	return found;
}

export interface NextDeparturesQuery {
	/** Only flights leaving this airport. */
	origin?: string;
	/** Only flights to this airport. */
	destination?: string;
	/** Only this airline (IATA code). */
	airline?: string;
	/** How many to list. */
	limit?: number;
	/** How far ahead to look, in days. */
	horizonDays?: number;
}

function matching(services: readonly Service[], { origin, destination, airline }: NextDeparturesQuery): Service[] {
	return services.filter(
		(s) =>
			(!origin || s.origin === origin) &&
			(!destination || s.destination === destination) &&
			(!airline || s.airline === airline)
	);
}

const soonestFirst = (a: Departure, b: Departure) => a.departs.getTime() - b.departs.getTime();

/**
 * The next departures after an instant, soonest first, across services.
 * `nextDepartures(services, airport, new Date('2025-04-08T12:00Z'), { origin: 'ICN' })[0].departureDate` → `'2025-04-11'`
 */
export function nextDepartures(
	services: readonly Service[],
	airport: AirportLookup,
	after: Date,
	query: NextDeparturesQuery = {}
): Departure[] {
	const { limit = 5, horizonDays = 62 } = query;
	// Search from the day before in UTC terms: an origin-local date can be a day behind or ahead of UTC.
	const start = addDays(utcDateOf(after), -1);
	const end = addDays(start, horizonDays + 1);
	const later = (d: Departure) => d.departs.getTime() > after.getTime();
	return matching(services, query)
		.flatMap((s) => firstDepartures(s, airport, start, end, limit, later))
		.sort(soonestFirst)
		.slice(0, limit);
}

/**
 * Departures on or after an origin-local date, the way a traveller picks a day: each flight counts
 * by its own airport's date. `departuresFromDate(services, airport, '2025-04-08', { origin: 'ICN' })[0].departureDate` → `'2025-04-11'`
 */
export function departuresFromDate(
	services: readonly Service[],
	airport: AirportLookup,
	fromDate: CalendarDate,
	query: NextDeparturesQuery = {}
): Departure[] {
	const { limit = 5, horizonDays = 62 } = query;
	return matching(services, query)
		.flatMap((s) => firstDepartures(s, airport, fromDate, addDays(fromDate, horizonDays), limit))
		.sort(soonestFirst)
		.slice(0, limit);
}
