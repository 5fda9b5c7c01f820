/**
 * One airline on one route at a glance, on a given day: the days it flies, how far a source still
 * vouches for them, the weekly frequency that holds, the next announced step, and its first flight.
 */
import type { ScheduleFact, Service, WeeklyFrequency } from '$lib/data/schema';
import { cardsOf, sharedFact } from './cards';
import { utcDateOf, type CalendarDate } from './calendarDate';
import { confirmedTimetable, type ConfirmedTimetable } from './confirmedTimetable';
import { jointStanding, type FactStanding } from './factStanding';
import { isNewService } from './newService';
import { servicesOnRoute, type Route } from './routes';
import { firstFlight, timetablesOn } from './timetablesOn';
import { frequenciesOn, type FrequenciesOn } from './weeklyFrequency';

export interface AirlineSummary {
	/** The day it is summed up for. */
	day: CalendarDate;
	/** The timetables in effect on the day (or the next to start, or the last), and the next announced. */
	current: Service[];
	next: Service[];
	/** The timetables that give days or times, as rows: those in effect on the day, then the next announced. */
	rows: Service[];
	/**
	 * The published days of the first direction that gives them, all its timetables in effect on the
	 * day together (SCAT's Monday and Thursday flights keep separate times); null when none does.
	 */
	days: ScheduleFact<number[]> | null;
	/** The period a source confirms those days and times for; null when neither is published. */
	timetable: ConfirmedTimetable | null;
	/** Where the days and times stand on the day: announced, confirmed or last reported. */
	timetableStanding: FactStanding | null;
	/** Days or times are published, but the season they were announced for has ended. */
	unconfirmed: boolean;
	/** That the airline flies the route, as its sources report it, standing on the day. */
	operates: FactStanding;
	/** How far the line holds on the day, as a list of routes marks it: its timetable's standing, or without one, that it flies. */
	standing: FactStanding;
	/** Every published weekly frequency, newest first, and which of them holds on the day. */
	weekly: WeeklyFrequency[];
	frequencies: FrequenciesOn;
	/** The first flight, when the sources give it, and its fact. */
	firstFlight: string | null;
	start: Service['validFrom'];
	/** The first flight is still to come. */
	starts: boolean;
	/** In its first 90 days. */
	isNew: boolean;
}

/**
 * `airlineSummary(busanAlmaty, new Date('2026-04-20T09:00Z'))` → `{ days: Mon, Fri, unconfirmed: false, firstFlight: '2026-05-01', starts: true, isNew: false, … }`
 */
export function airlineSummary(services: readonly Service[], now: Date): AirlineSummary {
	const day = utcDateOf(now);
	const { current, next } = timetablesOn(services, day);
	const withDays = current.find((s) => s.daysOfOperation);
	const sameDirection = current.filter((s) => s.daysOfOperation && withDays && s.origin === withDays.origin);
	const days = withDays?.daysOfOperation
		? { ...withDays.daysOfOperation, value: [...new Set(sameDirection.flatMap((s) => s.daysOfOperation!.value))].sort((a, b) => a - b) }
		: null;
	const timed = current.find((s) => confirmedTimetable(s) !== null);
	const timetable = timed ? confirmedTimetable(timed) : null;
	const timetableStanding = timed ? jointStanding([timed.daysOfOperation, timed.times], day, timed.validFrom?.value ?? null) : null;
	const weekly = sharedFact(services, 'flightsPerWeek') ?? services.find((s) => s.flightsPerWeek.length)?.flightsPerWeek ?? [];
	const start = firstFlight(services);
	const first = start?.value ?? null;
	// Before the first flight, that it flies is an announcement too.
	const operates = jointStanding((current.length ? current : next.length ? next : services).map((s) => s.operates), day, first)!;
	return {
		day,
		current,
		next,
		rows: [...current, ...next].filter((s) => s.times || s.daysOfOperation),
		days,
		timetable,
		timetableStanding,
		unconfirmed: timetableStanding?.state === 'last-reported',
		operates,
		standing: timetableStanding ?? operates,
		weekly,
		frequencies: frequenciesOn(weekly, day),
		firstFlight: first,
		start,
		starts: first !== null && first > day,
		isNew: isNewService({ validFrom: start }, now)
	};
}

/** A route with a summary of each airline on it, as the lists of routes show them. */
export interface RouteAirlines {
	route: Route;
	airlines: { id: string; airline: string; summary: AirlineSummary }[];
}

/**
 * Each route with its airlines, in the routes' order and each route's catalog order, summed up on
 * the day of `now`. `routeAirlines(otherRoutes, catalog.services, now)[0].airlines[0].id` → `'kc-icn-nqz'`
 */
export function routeAirlines(routes: readonly Route[], services: readonly Service[], now: Date): RouteAirlines[] {
	return routes.map((route) => ({
		route,
		airlines: cardsOf(servicesOnRoute(services, route.airports)).map((line) => ({
			id: line.id,
			airline: line.airline,
			summary: airlineSummary(line.services, now)
		}))
	}));
}
