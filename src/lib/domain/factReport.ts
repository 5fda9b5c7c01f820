/**
 * Every fact in the catalog with its sources, its date and its age, for whoever keeps the data:
 * `npm run data:report` prints it. Schedule facts whose newest source's season has ended are
 * flagged, so the maintainer knows which timetables to look for news of.
 */
import type { PageCatalog } from '$lib/data/schema';
import { utcMidnight, type CalendarDate } from './calendarDate';
import { factStanding, type DatedFact, type FactState } from './factStanding';

export interface FactReportRow {
	/** `service ze-icn-ala`, `route fact ala-icn-weekly-2024-06`. */
	record: string;
	field: string;
	value: string;
	sources: string[];
	/** When the newest source gave it (YYYY, YYYY-MM or YYYY-MM-DD), or null for an undated fact. */
	dated: string | null;
	/** Whole days from `dated` (its first day, for a month or a year) to today. */
	ageDays: number | null;
	/** The newest season a source gives a schedule fact for. */
	season: string | null;
	/** Where a schedule fact stands today (announced, confirmed, last reported); null for others. */
	state: FactState | null;
	/** A schedule fact whose newest season ended before today: last reported, not confirmed since. */
	outlived: boolean;
}

const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
const daysBetween = (from: string, to: CalendarDate) => Math.floor((utcMidnight(to) - utcMidnight(firstDay(from))) / 86_400_000);
const show = (value: unknown) => {
	if (typeof value === 'string') return value;
	// Asiana's start: the date and the airports the source means.
	if (value && typeof value === 'object' && 'between' in value && 'date' in value) return `${value.date} (${(value.between as { en: string }).en})`;
	return JSON.stringify(value);
};

// Every kind of schedule fact ages by the same rule; "since 1998" (operatingSince) is history, not schedule.
const scheduleFields = ['operates', 'flightNumber', 'daysOfOperation', 'times', 'aircraft', 'validFrom', 'validTo'] as const;

/**
 * One row per fact, in catalog order.
 * `factReport(catalog, '2026-12-01').find((r) => r.record === 'service ze-icn-ala' && r.field === 'times')`
 * → `{ dated: '2025-04-08', season: 'S25', outlived: true, … }`
 */
export function factReport(catalog: PageCatalog, today: CalendarDate): FactReportRow[] {
	const rows: FactReportRow[] = [];
	const sourceDates = new Map(catalog.sources.map((s) => [s.id, s.date ?? null]));
	// A fact that carries no date of its own is as old as the newest report behind it.
	const newestSourceDate = (sources: string[]) =>
		sources.map((id) => sourceDates.get(id) ?? null).reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
	const row = (record: string, field: string, value: unknown, sources: string[], dated: string | null, fact: DatedFact | null = null, startsOn: string | null = null) => {
		const standing = fact ? factStanding(fact, today, startsOn) : null;
		rows.push({
			record,
			field,
			value: show(value),
			sources,
			dated: standing?.published ?? dated,
			ageDays: (standing?.published ?? dated) ? daysBetween((standing?.published ?? dated)!, today) : null,
			season: standing?.season ?? null,
			state: standing?.state ?? null,
			outlived: standing?.state === 'last-reported'
		});
	};
	const allSources = (fact: { sources: string[]; confirmedBy?: { sources: string[] }[] }) => [...new Set([...fact.sources, ...(fact.confirmedBy ?? []).flatMap((c) => c.sources)])];

	for (const service of catalog.services) {
		const record = `service ${service.id}`;
		for (const field of scheduleFields) {
			const fact = service[field];
			// A start date is announced until its day.
			if (fact) row(record, field, fact.value, allSources(fact), null, fact, field === 'validFrom' ? (fact.value as string) : null);
		}
		service.flightsPerWeek.forEach((fact, i) => row(record, `flightsPerWeek.${i}`, fact.value, allSources(fact), null, fact));
		if (service.operatingSince) row(record, 'operatingSince', service.operatingSince.value, service.operatingSince.sources, newestSourceDate(service.operatingSince.sources));
	}
	for (const notice of catalog.notices) {
		row(`notice ${notice.id}`, 'value', notice.value.en, allSources(notice), null, notice);
	}
	for (const fact of catalog.routeFacts) {
		row(`route fact ${fact.id}`, fact.kind, fact.fact.value, fact.fact.sources, fact.fact.asOf);
	}
	return rows;
}
