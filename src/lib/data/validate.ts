/**
 * Checks the whole catalog and explains every problem by record and field, so that whoever keeps
 * the data sees "service ze-icn-ala, field times.value.departure: must be a 24-hour local time"
 * rather than a stack trace.
 */
import * as v from 'valibot';
import { OfficialSnapshotSchema, type OfficialSnapshot } from './officialSchema';
import { CatalogSchema, type Catalog, type Source } from './schema';

/** Seasons in time order: `S25` (2025·0) before `W25` (2025·1) before `S26`. */
const seasonOrder = (code: string) => Number(code.slice(1)) * 2 + (code[0] === 'W' ? 1 : 0);

export interface DataProblem {
	/** The record, in words: `service ze-icn-ala`, `airport ALA`. */
	record: string;
	/** The field path inside the record: `times.value.departure`. */
	field: string;
	message: string;
}

export class DataError extends Error {
	constructor(readonly problems: DataProblem[]) {
		super(
			`The flight data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => `  - ${p.record}, field ${p.field}: ${p.message}`).join('\n')
		);
		this.name = 'DataError';
	}
}

const collectionNames: Record<string, string> = {
	sources: 'source',
	airports: 'airport',
	airlines: 'airline',
	services: 'service',
	routeFacts: 'route fact',
	notices: 'notice'
};

function recordLabel(input: unknown, collection: string, index: number): string {
	const record = (input as Record<string, unknown[]>)?.[collection]?.[index] as
		| Record<string, unknown>
		| undefined;
	const key = record?.id ?? record?.iata;
	const kind = collectionNames[collection] ?? collection;
	return typeof key === 'string' ? `${kind} ${key}` : `${kind} #${index + 1}`;
}

/** What a left-out field is for, said in the maintainer's words rather than the schema library's. */
const missingFieldMessages: Record<string, string> = {
	published: 'is missing: a schedule fact must give the date its source published it',
	season: 'is missing: a schedule fact must give the IATA season it was announced for, such as S25',
	asOf: 'is missing: a figure must give the date it was true'
};

function shapeProblems(input: unknown, issues: v.BaseIssue<unknown>[]): DataProblem[] {
	return issues.map((issue) => {
		const path = (issue.path ?? []).map((item) => item.key as string | number);
		const missing = issue.input === undefined && issue.message.startsWith('Invalid key');
		const message = missing ? (missingFieldMessages[String(path.at(-1))] ?? 'is missing') : issue.message;
		const [collection, index, ...rest] = path;
		if (typeof collection === 'string' && typeof index === 'number') {
			return { record: recordLabel(input, collection, index), field: rest.join('.') || '(the record)', message };
		}
		return { record: 'catalog', field: path.join('.') || '(top level)', message };
	});
}

function referenceProblems(catalog: Catalog): DataProblem[] {
	const problems: DataProblem[] = [];
	const sourceIds = new Set(catalog.sources.map((s) => s.id));
	const airportCodes = new Set(catalog.airports.map((a) => a.iata));
	const airlineCodes = new Set(catalog.airlines.map((a) => a.iata));

	const unique = (kind: string, keys: string[]) => {
		const seen = new Set<string>();
		for (const key of keys) {
			if (seen.has(key)) problems.push({ record: `${kind} ${key}`, field: 'id', message: 'is used by more than one record' });
			seen.add(key);
		}
	};
	unique('source', catalog.sources.map((s) => s.id));
	unique('airport', catalog.airports.map((a) => a.iata));
	unique('airline', catalog.airlines.map((a) => a.iata));
	unique('service', catalog.services.map((s) => s.id));

	const checkSources = (record: string, field: string, sources: string[]) => {
		for (const id of sources) {
			if (!sourceIds.has(id)) problems.push({ record, field, message: `names unknown source "${id}"` });
		}
	};
	// A figure or timetable is only as current as the report behind it: that report (a news report or
	// an airline's own announcement) must be dated.
	const datedSources = new Set(catalog.sources.filter((s) => isDatedKind(s.kind) && s.date).map((s) => s.id));
	const checkDated = (record: string, field: string, sources: string[]) => {
		for (const id of sources) {
			if (sourceIds.has(id) && !datedSources.has(id)) problems.push({ record, field, message: `cites "${id}", which is not a dated news report or airline announcement` });
		}
	};

	// A fact's publication date is its newest source's: a date no source carries would be invented.
	const sourceDates = new Map(catalog.sources.map((s) => [s.id, s.date]));
	const checkPublished = (record: string, field: string, fact: { sources: string[]; published: string }) => {
		const dates = fact.sources.flatMap((id) => sourceDates.get(id) ?? []);
		const newest = dates.reduce((a, b) => (b > a ? b : a), '');
		if (dates.length > 0 && fact.published !== newest) {
			problems.push({ record, field: `${field}.published`, message: `(${fact.published}) must be the date of its newest source (${newest})` });
		}
	};

	for (const source of catalog.sources) {
		if (isDatedKind(source.kind) && !source.date) {
			problems.push({ record: `source ${source.id}`, field: 'date', message: source.kind === 'airline' ? 'must give the date the airline announced it' : 'must give the date the report was published' });
		}
	}

	for (const airport of catalog.airports) {
		const record = `airport ${airport.iata}`;
		checkSources(record, 'sources.position', airport.sources.position);
		checkSources(record, 'sources.utcOffsets', airport.sources.utcOffsets);
		airport.utcOffsets.forEach((offset, i) => {
			const previous = airport.utcOffsets[i - 1];
			if (previous && offset.since <= previous.since) {
				problems.push({ record, field: `utcOffsets.${i}.since`, message: 'must come after the offset before it' });
			}
		});
	}

	for (const service of catalog.services) {
		const record = `service ${service.id}`;
		if (!airlineCodes.has(service.airline)) {
			problems.push({ record, field: 'airline', message: `names unknown airline "${service.airline}"` });
		}
		for (const end of ['origin', 'destination'] as const) {
			if (!airportCodes.has(service[end])) {
				problems.push({ record, field: end, message: `names unknown airport "${service[end]}"` });
			}
		}
		if (service.origin === service.destination) {
			problems.push({ record, field: 'destination', message: 'must differ from the origin' });
		}
		const facts = {
			operates: service.operates,
			flightNumber: service.flightNumber,
			daysOfOperation: service.daysOfOperation,
			times: service.times,
			aircraft: service.aircraft,
			validFrom: service.validFrom,
			validTo: service.validTo,
			operatingSince: service.operatingSince
		};
		for (const [field, fact] of Object.entries(facts)) {
			if (fact) checkSources(record, `${field}.sources`, fact.sources);
		}
		service.flightsPerWeek.forEach((fact, i) => checkSources(record, `flightsPerWeek.${i}.sources`, fact.sources));

		// Every schedule fact ages alike: that the airline flies the leg and its first and last days too.
		const scheduleFacts = {
			operates: service.operates,
			validFrom: service.validFrom,
			validTo: service.validTo,
			flightNumber: service.flightNumber,
			daysOfOperation: service.daysOfOperation,
			times: service.times,
			aircraft: service.aircraft,
			...Object.fromEntries(service.flightsPerWeek.map((fact, i) => [`flightsPerWeek.${i}`, fact]))
		};
		for (const [field, fact] of Object.entries(scheduleFacts)) {
			if (!fact) continue;
			checkDated(record, `${field}.sources`, fact.sources);
			checkPublished(record, field, fact);
			fact.confirmedBy?.forEach((later, i) => {
				checkSources(record, `${field}.confirmedBy.${i}.sources`, later.sources);
				checkDated(record, `${field}.confirmedBy.${i}.sources`, later.sources);
				checkPublished(record, `${field}.confirmedBy.${i}`, later);
				if (seasonOrder(later.season) <= seasonOrder(fact.season)) {
					problems.push({ record, field: `${field}.confirmedBy.${i}.season`, message: `(${later.season}) must come after the season it confirms (${fact.season})` });
				}
			});
		}

		if (service.validFrom && service.validTo && service.validTo.value < service.validFrom.value) {
			problems.push({ record, field: 'validTo.value', message: `(${service.validTo.value}) is before validFrom (${service.validFrom.value})` });
		}
		const days = service.daysOfOperation?.value;
		if (days && new Set(days).size !== days.length) {
			problems.push({ record, field: 'daysOfOperation.value', message: 'lists a weekday twice' });
		}
		if (service.flightNumber && service.flightNumber.value.slice(0, 2) !== service.airline) {
			problems.push({ record, field: 'flightNumber.value', message: `must start with the airline's code ${service.airline}` });
		}
	}

	for (const fact of catalog.routeFacts) {
		const record = `route fact ${fact.id}`;
		checkSources(record, 'fact.sources', fact.fact.sources);
		checkDated(record, 'fact.sources', fact.fact.sources);
		if ('airports' in fact.scope) {
			fact.scope.airports.forEach((code, i) => {
				if (!airportCodes.has(code)) problems.push({ record, field: `scope.airports.${i}`, message: `names unknown airport "${code}"` });
			});
		}
		const named: [string, string][] = [
			...(fact.plus ? [['plus.airline', fact.plus.airline] as [string, string]] : []),
			...(fact.byAirline ?? []).map((a, i): [string, string] => [`byAirline.${i}.airline`, a.airline])
		];
		for (const [field, code] of named) {
			if (!airlineCodes.has(code)) problems.push({ record, field, message: `names unknown airline "${code}"` });
		}
	}
	return problems;
}

/** News reports and airline announcements are dated by their publication, an airport's schedule by its fetch; references are not. */
const isDatedKind = (kind: Source['kind']) => kind === 'news' || kind === 'airline' || kind === 'official';

type CitedFact = { sources: string[]; confidence: string };
const isCitedFact = (value: unknown): value is CitedFact => {
	const fact = value as Partial<CitedFact> | null;
	return (
		typeof fact === 'object' && fact !== null && typeof fact.confidence === 'string' &&
		Array.isArray(fact.sources) && fact.sources.every((id) => typeof id === 'string')
	);
};

/** Every fact with a confidence in `value`, at any depth, with its field path: `flightsPerWeek.1`. */
function citedFacts(value: unknown, path: string[] = []): { field: string; fact: CitedFact }[] {
	if (typeof value !== 'object' || value === null) return [];
	const here = isCitedFact(value) ? [{ field: path.join('.'), fact: value }] : [];
	const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
	return [...here, ...entries.flatMap(([key, item]) => citedFacts(item, [...path, key]))];
}

/**
 * The about page's definition of "high", enforced: an airline's own announcement, or reports by at
 * least two publishers. Two reports by one newspaper are not independent. The catalog is walked
 * whole, so a fact added later in any record (a service, a route fact, a notice) is checked too.
 */
function confidenceProblems(catalog: Catalog): DataProblem[] {
	const problems: DataProblem[] = [];
	const sources = new Map(catalog.sources.map((s) => [s.id, s]));
	for (const [collection, records] of Object.entries(catalog)) {
		if (collection === 'sources' || !Array.isArray(records)) continue;
		records.forEach((record: unknown, index: number) => {
			for (const { field, fact } of citedFacts(record)) {
				if (fact.confidence !== 'high') continue;
				const cited = [...new Set(fact.sources)].flatMap((id) => sources.get(id) ?? []);
				// An airline's own announcement, or an airport's own schedule, is firm by itself.
				if (cited.some((s) => s.kind === 'airline' || s.kind === 'official')) continue;
				const news = cited.filter((s) => s.kind === 'news');
				const publishers = new Set(news.map((s) => s.publisher.en));
				if (publishers.size >= 2) continue;
				const ids = news.map((s) => s.id).join(', ');
				const restsOn =
					news.length === 0 ? 'rests on no news report or airline announcement'
					: news.length === 1 ? `rests on one news report (${ids})`
					: `rests on reports by one publisher only (${ids})`;
				problems.push({
					record: recordLabel(catalog, collection, index),
					field: field ? `${field}.confidence` : 'confidence',
					message: `is "high" but ${restsOn}: high needs an airline's own announcement or several independent reports`
				});
			}
		});
	}
	return problems;
}

/** Lists every problem in the raw catalog; an empty list means it is sound. */
export function findDataProblems(input: unknown): DataProblem[] {
	const parsed = v.safeParse(CatalogSchema, input, { abortEarly: false });
	if (!parsed.success) return shapeProblems(input, parsed.issues);
	return [...referenceProblems(parsed.output), ...confidenceProblems(parsed.output)];
}

/** Returns the catalog typed, or throws a DataError naming each bad record and field. */
export function validateCatalog(input: unknown): Catalog {
	const problems = findDataProblems(input);
	if (problems.length > 0) throw new DataError(problems);
	return input as Catalog;
}

/** Throws a DataError naming the snapshot (by its source) and the field of each problem. */
export function validateOfficialSnapshots(snapshots: readonly unknown[]): OfficialSnapshot[] {
	const problems = snapshots.flatMap((snapshot, i) => {
		const parsed = v.safeParse(OfficialSnapshotSchema, snapshot, { abortEarly: false });
		if (parsed.success) return [];
		const name = (snapshot as { source?: unknown })?.source;
		return parsed.issues.map((issue) => ({
			record: `official snapshot ${typeof name === 'string' ? name : `#${i + 1}`}`,
			field: (issue.path ?? []).map((p) => p.key).join('.') || '(the snapshot)',
			message: issue.message
		}));
	});
	if (problems.length > 0) throw new DataError(problems);
	return snapshots as OfficialSnapshot[];
}
