/**
 * Which of an airline's timetables hold on a day. A route can have one record per period (SCAT's
 * summer 2025, winter 2025/26 and summer 2026 timetables, each with its own days and times): a card
 * shows the one in effect, and the next one announced.
 */
import type { Service } from '$lib/data/schema';
import type { CalendarDate } from './calendarDate';

const startOf = (s: Service) => s.validFrom?.value ?? null;
const endOf = (s: Service) => s.validTo?.value ?? null;

/** Whether a service's period includes the day; an open start or end holds on every day before or after. */
export function holdsOn(service: Service, day: CalendarDate): boolean {
	const from = startOf(service);
	const to = endOf(service);
	return (from === null || from <= day) && (to === null || day <= to);
}

/** Services grouped by direction, in the order the directions first appear. */
function byDirection(services: readonly Service[]): Service[][] {
	const groups = new Map<string, Service[]>();
	for (const s of services) {
		const key = `${s.origin}-${s.destination}`;
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	return [...groups.values()];
}

export interface TimetablesOn {
	/**
	 * Per direction, the services in effect on the day; where none is, the first to start (a route
	 * not flown yet) or, once every one has ended, the last to end. In catalog order.
	 */
	current: Service[];
	/** Per direction, the soonest timetable announced to start after the day, not already current. */
	next: Service[];
}

/**
 * `timetablesOn(scat, '2026-05-01')` → current: the Incheon departures Mon, Tue, Fri at 06:55 and the
 * unpublished Shymkent departures; next: Mon, Tue, Fri, Sat at 05:45 from 11 July
 */
export function timetablesOn(services: readonly Service[], day: CalendarDate): TimetablesOn {
	const current: Service[] = [];
	const next: Service[] = [];
	for (const group of byDirection(services)) {
		let now = group.filter((s) => holdsOn(s, day));
		if (now.length === 0) {
			const started = group.filter((s) => (startOf(s) ?? '') <= day);
			const upcoming = group.filter((s) => (startOf(s) ?? '') > day);
			const soonest = upcoming.map(startOf).sort()[0];
			const latestEnd = started.map(endOf).filter((d) => d !== null).sort().at(-1);
			// Not flown yet: the first timetable stands for the route. Between two timetables: none
			// holds, and the next is listed as next. Every one ended: the last, for what it last was.
			if (started.length === 0) now = upcoming.filter((s) => startOf(s) === soonest);
			else if (upcoming.length === 0) now = started.filter((s) => endOf(s) === latestEnd);
		}
		current.push(...now);
		const later = group.filter((s) => !now.includes(s) && (startOf(s) ?? '') > day);
		const soonest = later.map(startOf).sort()[0];
		next.push(...later.filter((s) => startOf(s) === soonest));
	}
	const order = (list: Service[]) => services.filter((s) => list.includes(s));
	return { current: order(current), next: order(next) };
}

/**
 * The first flight of an airline on a route: the earliest start among its timetables, with its
 * fact. `firstFlight(scat)?.value` → `'2025-05-29'`
 */
export function firstFlight(services: readonly Service[]): Service['validFrom'] {
	return services.map((s) => s.validFrom).reduce<Service['validFrom']>((first, f) => (f !== null && (first === null || f.value < first.value) ? f : first), null);
}
