/** "Summer 2025 timetable, published 8 Apr 2025": which season a timetable was announced for, and when. */
import type { Locale } from '$lib/data/schema';
import { airlineSeason } from '$lib/domain/airlineSeason';
import type { ConfirmedTimetable } from '$lib/domain/confirmedTimetable';
import { formatPartialDate } from '$lib/domain/formatting';
import { m } from '$lib/paraglide/messages';

export function timetableLabel(timetable: ConfirmedTimetable, locale: Locale): string {
	const season = airlineSeason(timetable.season)!;
	const date = formatPartialDate(timetable.published, locale);
	return season.kind === 'summer'
		? m.fresh_timetable_summer({ year: String(season.year), date })
		: m.fresh_timetable_winter({ from: String(season.year), to: String(season.year + 1).slice(2), date });
}
