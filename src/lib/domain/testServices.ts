/**
 * Builds small service records for the domain tests, so that each test states the timetable it is
 * about rather than reading the live data.
 */
import type { ScheduleFact, Service, WeeklyFrequency } from '$lib/data/schema';

interface Leg {
	airline?: string;
	origin?: string;
	destination?: string;
	days?: number[];
	departure?: string | null;
	arrival?: string | null;
	arrivalDayOffset?: 0 | 1 | null;
	/** The timetable's first and last day. */
	from?: string;
	to?: string;
	/** When its one source published it, and the season it was announced for. */
	published?: string;
	season?: string;
	announced?: boolean;
	weekly?: WeeklyFrequency[];
	flightNumber?: string;
}

/** A fact from one report, as `leg` writes every fact. */
export const reported = <T>(value: T, published = '2026-01-30', season = 'S26', announced?: boolean): ScheduleFact<T> => ({
	value,
	sources: ['report'],
	confidence: 'medium',
	published,
	season,
	...(announced ? { announced } : {})
});

/** A service of which nothing is published but that it flies, with `over` on top. */
export const unscheduled = (over: Partial<Service> = {}): Service => ({
	id: 'x',
	airline: 'OZ',
	origin: 'ICN',
	destination: 'ALA',
	operates: reported(true as const),
	flightNumber: null,
	daysOfOperation: null,
	times: null,
	aircraft: null,
	validFrom: null,
	validTo: null,
	operatingSince: null,
	flightsPerWeek: [],
	...over
});

/** `leg('dv-icn-cit', { origin: 'ICN', destination: 'CIT', days: [2, 5], departure: '06:55', season: 'W25' })` */
export function leg(id: string, l: Leg = {}): Service {
	const at = <T>(value: T) => reported(value, l.published, l.season, l.announced);
	const timed = l.departure !== undefined || l.arrival !== undefined;
	const both = l.departure && l.arrival;
	return unscheduled({
		id,
		airline: l.airline ?? 'DV',
		origin: l.origin ?? 'CIT',
		destination: l.destination ?? 'ICN',
		operates: at(true as const),
		flightNumber: l.flightNumber ? at(l.flightNumber) : null,
		daysOfOperation: l.days ? at(l.days) : null,
		times: timed
			? at({ departure: l.departure ?? null, arrival: l.arrival ?? null, arrivalDayOffset: both ? (l.arrivalDayOffset ?? 0) : null })
			: null,
		validFrom: l.from ? at(l.from) : null,
		validTo: l.to ? at(l.to) : null,
		flightsPerWeek: l.weekly ?? []
	});}

/** `flight('KC', 'ALA', 'ICN')`: the leg `kc-ala-icn`, its facts from one report, with `over` on top. */
export const flight = (airline: string, origin: string, destination: string, over: Partial<Service> = {}): Service => ({
	...leg(`${airline}-${origin}-${destination}`.toLowerCase(), { airline, origin, destination }),
	...over
});
