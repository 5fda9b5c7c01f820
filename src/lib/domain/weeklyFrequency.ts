/**
 * Which published weekly frequency holds on a day. Sources announce steps ahead ("three a week from
 * 30 March, four from 11 July"), so the newest report is not always what flies today.
 */
import type { WeeklyFrequency } from '$lib/data/schema';
import type { CalendarDate } from './calendarDate';

export interface FrequenciesOn {
	/** The frequency that holds on the day: the newest one that has started. Null when none has. */
	current: WeeklyFrequency | null;
	/** Announced to start after the day, soonest first. */
	planned: WeeklyFrequency[];
	/** Older figures, newest first: what the route had before. */
	earlier: WeeklyFrequency[];
}

/**
 * `facts` are newest first, as the data lists them; a fact without `from` holds from when it was
 * reported. `frequenciesOn(scat, '2026-05-01')` → current 3 a week, planned [4 a week from 2026-07-11], earlier [2 a week]
 */
export function frequenciesOn(facts: readonly WeeklyFrequency[], day: CalendarDate): FrequenciesOn {
	const index = facts.findIndex((f) => !f.from || f.from <= day);
	if (index === -1) return { current: null, planned: [...facts].reverse(), earlier: [] };
	return { current: facts[index]!, planned: facts.slice(0, index).reverse(), earlier: facts.slice(index + 1) };
}
