/**
 * How new the data's sources are, apart from the day they were last searched: a search on
 * 2 December 2026 that found nothing new leaves the data as old as its newest report.
 */
import type { Source } from '$lib/data/schema';

/** The earliest day a date as coarse as its source can mean: `'2026'` → `'2026-01-01'`. */
const earliestDay = (date: string) => (date + '-01-01').slice(0, 10);

/**
 * The newest publication date among news reports and airline announcements, as precisely as its
 * source gives it; a coarse date counts from its first day, so an undated "2026" report does not
 * outrank one dated 24 February 2026. References are records kept current and have no such date.
 * `newestSourceDate([{ kind: 'news', date: '2026-01-30' }, { kind: 'news', date: '2026' }])` → `'2026-01-30'`
 */
export function newestSourceDate(sources: readonly Pick<Source, 'kind' | 'date'>[]): string | null {
	let newest: string | null = null;
	for (const { kind, date } of sources) {
		if ((kind !== 'news' && kind !== 'airline') || !date) continue;
		const later = newest === null || earliestDay(date) > earliestDay(newest);
		const sameDayMorePrecise = newest !== null && earliestDay(date) === earliestDay(newest) && date.length > newest.length;
		if (later || sameDayMorePrecise) newest = date;
	}
	return newest;
}
