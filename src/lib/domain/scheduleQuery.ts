/**
 * Reads the filters a traveller can put in a URL (`?airline=ze&direction=icn-ala&date=2025-04-11`).
 * Anything unreadable is reported, not obeyed: the page then shows its unfiltered view.
 */
import type { Service } from '$lib/data/schema';
import { parseCalendarDate, type CalendarDate } from './calendarDate';
import { findDirection, type Direction } from './routes';

export type QueryNotice =
	| { kind: 'unknown-airline'; value: string }
	| { kind: 'unknown-direction'; value: string }
	| { kind: 'bad-date'; value: string };

export interface ScheduleQuery {
	/** IATA code, upper case, or null for every airline. */
	airline: string | null;
	direction: Direction | null;
	date: CalendarDate | null;
	notices: QueryNotice[];
}

/**
 * `readScheduleQuery(new URLSearchParams('airline=zz'), services)` → `{ airline: null, notices: [{ kind: 'unknown-airline', value: 'zz' }] … }`
 */
export function readScheduleQuery(params: URLSearchParams, services: readonly Service[]): ScheduleQuery {
	const notices: QueryNotice[] = [];
	const airlineParam = params.get('airline');
	let airline: string | null = null;
	if (airlineParam !== null && airlineParam !== '') {
		const code = airlineParam.toUpperCase();
		if (services.some((s) => s.airline === code)) airline = code;
		else notices.push({ kind: 'unknown-airline', value: airlineParam });
	}
	const directionParam = params.get('direction');
	let direction: Direction | null = null;
	if (directionParam !== null && directionParam !== '') {
		direction = findDirection(services, directionParam);
		if (!direction) notices.push({ kind: 'unknown-direction', value: directionParam });
	}
	const dateParam = params.get('date');
	let date: CalendarDate | null = null;
	if (dateParam !== null && dateParam !== '') {
		date = parseCalendarDate(dateParam);
		if (!date) notices.push({ kind: 'bad-date', value: dateParam });
	}
	return { airline, direction, date, notices };
}

/** The query string for a view, dropping empty filters. `scheduleSearch({ airline: 'ZE' })` → `'?airline=ze'` */
export function scheduleSearch({
	airline,
	direction,
	date
}: {
	airline?: string | null;
	direction?: string | null;
	date?: CalendarDate | null;
}): string {
	const params = new URLSearchParams();
	if (airline) params.set('airline', airline.toLowerCase());
	if (direction) params.set('direction', direction);
	if (date) params.set('date', date);
	const text = params.toString();
	return text ? `?${text}` : '';
}
