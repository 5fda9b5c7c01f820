/**
 * How long a service's timetable can be trusted. Airlines publish timetables per IATA season, so a
 * source's days and times are confirmed to the end of the season they were announced for; only a
 * later source giving the same days and times carries them into a later season. Past that, a
 * departure still follows the last published timetable, but nothing confirms it.
 */
import type { ScheduleFact, Service } from '$lib/data/schema';
import type { CalendarDate } from './calendarDate';
import { newestPublication } from './factStanding';

export interface ConfirmedTimetable {
	/** The last origin-local date a source confirms the days and times for. */
	until: CalendarDate;
	/** The season that date ends. */
	season: string;
	/** When the newest source giving these days and times published them (YYYY, YYYY-MM or YYYY-MM-DD). */
	published: string;
}

const cache = new WeakMap<Service, ConfirmedTimetable | null>();

/**
 * The period a service's published days and times are confirmed for, or null when neither is published.
 * `confirmedTimetable(eastarFromIncheon)` → `{ until: '2025-10-25', season: 'S25', published: '2025-04-08' }`
 */
export function confirmedTimetable(service: Service): ConfirmedTimetable | null {
	if (cache.has(service)) return cache.get(service)!;
	let result: ConfirmedTimetable | null = null;
	// Days without times (Air Astana's Wednesdays and Saturdays to Astana) are a timetable too, and age alike.
	const parts = [service.daysOfOperation, service.times].filter((fact) => fact !== null).map(newestPublication);
	if (parts.length > 0) {
		// Both must hold for a departure to be confirmed: the earlier end wins.
		const first = parts.reduce((a, b) => (b.until < a.until ? b : a));
		const published = parts.reduce((latest, p) => (p.published > latest ? p.published : latest), parts[0]!.published);
		result = { until: first.until, season: first.season, published };
	}
	cache.set(service, result);
	return result;
}

/**
 * The publication date of the newest timetable among services, or null when none has one.
 * `newestTimetable(catalog.services)` → `'2025-04-08'`
 */
export function newestTimetable(services: readonly Service[]): string | null {
	let newest: string | null = null;
	for (const service of services) {
		const published = confirmedTimetable(service)?.published;
		if (published && (newest === null || published > newest)) newest = published;
	}
	return newest;
}
