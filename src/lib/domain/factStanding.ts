/**
 * How far a dated schedule fact can be trusted on a day: the one rule every kind of fact ages by
 * (days, times, aircraft, flight numbers, weekly frequencies, start dates, "operates", notices).
 * Airlines publish per IATA season, so a source vouches for a fact to the end of the season it was
 * announced for (or reported true in); only a later source, in `confirmedBy`, carries it further.
 * Before the day a fact starts it is announced, not flown; past its season it is what was last
 * reported, with the month, and nothing since confirms it.
 */
import { airlineSeason } from './airlineSeason';
import type { CalendarDate } from './calendarDate';

/** What a fact needs to age: when its source published it and the season it covers. */
export interface DatedFact {
	/** YYYY, YYYY-MM or YYYY-MM-DD. */
	published: string;
	/** IATA season code: `S25`, `W25`. */
	season: string;
	/** Later sources giving the same value for later seasons. */
	confirmedBy?: readonly { published: string; season: string }[];
	/** The day the fact starts to hold, when its source gives one ("four a week from 11 July"). */
	from?: CalendarDate;
	/** The last day its source itself vouches for it (an airport's schedule), instead of its season's end. */
	until?: CalendarDate;
}

export type FactState = 'announced' | 'confirmed' | 'last-reported';

export interface FactStanding {
	state: FactState;
	/** The newest publication that gives the fact: the fact's own, or a later confirmation's. */
	published: string;
	/** The season that publication covers, and its last day: the fact is confirmed to that day. */
	season: string;
	until: CalendarDate;
	/** The day the fact starts, when it has one. */
	from: CalendarDate | null;
}

/** The newest publication of a fact: the one whose season ends last (on a tie, published last). */
export function newestPublication(fact: Pick<DatedFact, 'published' | 'season' | 'confirmedBy' | 'until'>): { published: string; season: string; until: CalendarDate } {
	const publications: { published: string; season: string; until?: CalendarDate }[] = [fact, ...(fact.confirmedBy ?? [])];
	return publications
		.map((p) => ({ published: p.published, season: p.season, until: p.until ?? airlineSeason(p.season)?.end ?? '' }))
		.reduce((newest, p) => (p.until > newest.until || (p.until === newest.until && p.published > newest.published) ? p : newest));
}

/**
 * Where a fact stands on a day. `startsOn` is the day the thing it describes starts when the fact
 * has no `from` of its own (a service's first flight).
 * `factStanding({ published: '2026-01-30', season: 'S26', from: '2026-07-11' }, '2026-05-01').state` → `'announced'`;
 * on `'2026-08-01'` → `'confirmed'`; on `'2026-12-02'` → `'last-reported'`
 */
export function factStanding(fact: DatedFact, day: CalendarDate, startsOn: CalendarDate | null = null): FactStanding {
	const newest = newestPublication(fact);
	const from = fact.from ?? startsOn;
	const state: FactState = from !== null && day < from ? 'announced' : day <= newest.until ? 'confirmed' : 'last-reported';
	return { state, ...newest, from };
}

/**
 * The standing of several facts that hold together (a row's days and its times): announced while
 * any is, last reported once any is, confirmed to the earliest end among them. Null for none.
 * `jointStanding([days, times], '2026-12-02')?.state` → `'last-reported'`
 */
export function jointStanding(facts: readonly (DatedFact | null)[], day: CalendarDate, startsOn: CalendarDate | null = null): FactStanding | null {
	const standings = facts.filter((f) => f !== null).map((f) => factStanding(f, day, startsOn));
	if (standings.length === 0) return null;
	const earliest = standings.reduce((a, b) => (b.until < a.until ? b : a));
	const published = standings.reduce((latest, s) => (s.published > latest ? s.published : latest), standings[0]!.published);
	const state: FactState = standings.some((s) => s.state === 'announced')
		? 'announced'
		: standings.some((s) => s.state === 'last-reported')
			? 'last-reported'
			: 'confirmed';
	return { state, published, season: earliest.season, until: earliest.until, from: standings.find((s) => s.from !== null)?.from ?? null };
}
