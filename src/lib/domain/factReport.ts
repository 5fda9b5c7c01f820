/**
 * Every fact in the catalog with its sources, its date and its age, for whoever keeps the data:
 * `npm run data:report` prints it. Schedule facts whose newest source's season has ended are
 * flagged, so the maintainer knows which timetables to look for news of.
 */
import type { Catalog, ScheduleFact, Service } from '$lib/data/schema';
import { airlineSeason } from './airlineSeason';
import { utcMidnight, type CalendarDate } from './calendarDate';

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
	/** A schedule fact whose newest season ended before today. */
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

const scheduleFields = ['flightNumber', 'daysOfOperation', 'times', 'aircraft'] as const;
const otherFields = ['operates', 'validFrom', 'validTo', 'operatingSince'] as const;

/**
 * One row per fact, in catalog order.
 * `factReport(catalog, '2026-12-01').find((r) => r.record === 'service ze-icn-ala' && r.field === 'times')`
 * → `{ dated: '2025-04-08', season: 'S25', outlived: true, … }`
 */
export function factReport(catalog: Catalog, today: CalendarDate): FactReportRow[] {
	const rows: FactReportRow[] = [];
	const sourceDates = new Map(catalog.sources.map((s) => [s.id, s.date ?? null]));
	// A fact that carries no date of its own is as old as the newest report behind it.
	const newestSourceDate = (sources: string[]) =>
		sources.map((id) => sourceDates.get(id) ?? null).reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
	const row = (record: string, field: string, value: unknown, sources: string[], dated: string | null, season: string | null = null) => {
		const end = season ? airlineSeason(season)?.end : undefined;
		rows.push({
			record,
			field,
			value: show(value),
			sources,
			dated,
			ageDays: dated ? daysBetween(dated, today) : null,
			season,
			outlived: end !== undefined && end < today
		});
	};

	const scheduleRow = (service: Service, field: string, fact: ScheduleFact<unknown>) => {
		const later = fact.confirmedBy ?? [];
		const newest = [fact, ...later].reduce((a, b) => ((airlineSeason(b.season)?.end ?? '') > (airlineSeason(a.season)?.end ?? '') ? b : a));
		const sources = [...new Set([...fact.sources, ...later.flatMap((c) => c.sources)])];
		row(`service ${service.id}`, field, fact.value, sources, newest.published, newest.season);
	};

	for (const service of catalog.services) {
		for (const field of scheduleFields) {
			const fact = service[field];
			if (fact) scheduleRow(service, field, fact);
		}
		service.flightsPerWeek.forEach((fact, i) => scheduleRow(service, `flightsPerWeek.${i}`, fact));
		for (const field of otherFields) {
			const fact = service[field];
			if (fact) row(`service ${service.id}`, field, fact.value, fact.sources, ('asOf' in fact ? fact.asOf : undefined) ?? newestSourceDate(fact.sources));
		}
	}
	for (const fact of catalog.routeFacts) {
		row(`route fact ${fact.id}`, fact.kind, fact.fact.value, fact.fact.sources, fact.fact.asOf);
	}
	return rows;
}
