/**
 * The one catalog the app reads. It is checked by src/hooks.server.ts when the build prerenders the
 * pages and by validate.spec.ts in the tests, so a broken record stops both with a message naming the
 * record and the field; the browser gets the checked records without the schema library's weight.
 * The airports' own season schedules, where a fetch has saved them, are laid over the news here.
 */
import { airlines } from './airlines';
import { airports } from './airports';
import { notices } from './notices';
import { officialSnapshots, officialSources, withOfficialSchedules } from './officialSchedules';
import { routeFacts } from './routeFacts';
import { services } from './services';
import { sources } from './sources';
import type { PageCatalog, Source } from './schema';

/** The news and the airports' snapshots as sources, in that order: whole, or as cited in the browser. */
export function withOfficialSources(news: readonly Source[]): Source[] {
	return [...news, ...officialSources(officialSnapshots)];
}

export const catalog: PageCatalog = {
	// The day the sources were last searched for news. It says nothing of how old a timetable is:
	// each schedule fact carries its own publication date and season.
	sourcesSearched: '2026-12-02',
	// In the browser, each news source as a citation names it (citedSource.ts).
	sources: withOfficialSources(sources),
	airports,
	airlines,
	services: withOfficialSchedules(services, officialSnapshots, airlines, airports),
	routeFacts,
	notices
};
