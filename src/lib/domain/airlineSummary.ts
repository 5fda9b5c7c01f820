/**
 * One airline on one route at a glance, on a given day: the days it flies, how far a source still
 * vouches for them, the weekly frequency that holds, the next announced step, and its first flight.
 */
import type { ScheduleFact, Service, WeeklyFrequency } from '$lib/data/schema';
import { airlineRoutes, sharedFact } from './airlineRoutes';
import { utcDateOf } from './calendarDate';
import { confirmedTimetable, type ConfirmedTimetable } from './confirmedTimetable';
import { isNewService } from './newService';
import { servicesOnRoute, type Route } from './routes';
import { frequenciesOn, type FrequenciesOn } from './weeklyFrequency';

export interface AirlineSummary {
	/** The published days, as the first direction that gives them lists them; null when none does. */
	days: ScheduleFact<number[]> | null;
	/** The period a source confirms the published days and times for; null when neither is published. */
	timetable: ConfirmedTimetable | null;
	/** Days or times are published, but the season they were announced for has ended. */
	unconfirmed: boolean;
	/** Every published weekly frequency, newest first, and which of them holds on the day. */
	weekly: WeeklyFrequency[];
	frequencies: FrequenciesOn;
	/** The first flight of the current service, when the sources give it. */
	firstFlight: string | null;
	/** The first flight is still to come. */
	starts: boolean;
	/** In its first 90 days. */
	isNew: boolean;
}

/**
 * `airlineSummary(busanAlmaty, new Date('2026-04-20T09:00Z'))` → `{ days: Mon, Fri, unconfirmed: false, firstFlight: '2026-05-01', starts: true, isNew: false, … }`
 */
export function airlineSummary(services: readonly Service[], now: Date): AirlineSummary {
	const today = utcDateOf(now);
	const timetable = services.map(confirmedTimetable).find((t) => t !== null) ?? null;
	const weekly = sharedFact(services, 'flightsPerWeek') ?? services.find((s) => s.flightsPerWeek.length)?.flightsPerWeek ?? [];
	const firstFlight = sharedFact(services, 'validFrom')?.value ?? null;
	return {
		days: services.find((s) => s.daysOfOperation)?.daysOfOperation ?? null,
		timetable,
		unconfirmed: timetable !== null && today > timetable.until,
		weekly,
		frequencies: frequenciesOn(weekly, today),
		firstFlight,
		starts: firstFlight !== null && firstFlight > today,
		isNew: services.some((s) => isNewService(s, now))
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
		airlines: airlineRoutes(servicesOnRoute(services, route.airports)).map((line) => ({
			id: line.id,
			airline: line.airline,
			summary: airlineSummary(line.services, now)
		}))
	}));
}
