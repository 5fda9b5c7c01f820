/**
 * The shape of Nonstop's data. Every record is checked against these schemas when the app is built
 * and in the tests; `validateCatalog` adds the checks that span records (known airports, known
 * sources, dates in order). The model follows IATA SSIM flight-leg records, in plain names.
 */
import * as v from 'valibot';
import type { CitedSource } from './citedSource';

export { LOCALES, type Locale } from './locales';

/** How firm a fact is: low facts are never shown as certain. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
/** A fact's date may be as coarse as its source: a year, a month or a day. */
/** `missing` says what the date is for when a record leaves it out. */
const partialDateFor = (missing: string) =>
	v.pipe(
		v.string(missing),
		v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
	);
const partialDate = partialDateFor('must be a date written YYYY, YYYY-MM or YYYY-MM-DD');
const localTime = v.pipe(
	v.string(),
	v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour local time written HH:MM')
);
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
/**
 * Every address in the data opens from a page, so only https: is allowed: a `javascript:` or `data:`
 * link in a source list would run script, and plain http: would leak the traveller's reading.
 */
const httpsUrl = v.pipe(
	v.string(),
	v.url('must be a full URL'),
	v.startsWith('https://', 'must be an https: address')
);
/** An IATA scheduling season: `S25` is summer 2025, `W25` the winter that starts in October 2025. */
const seasonCodeFor = (missing: string) =>
	v.pipe(v.string(missing), v.regex(/^[SW]\d{2}$/, 'must be an IATA season such as S25 or W25'));
const seasonCode = seasonCodeFor('must be an IATA season such as S25 or W25');
const localizedText = v.strictObject({ en: text, ru: text, kk: text, ko: text });
const iata = (length: 2 | 3) =>
	v.pipe(
		v.string(),
		v.regex(length === 3 ? /^[A-Z]{3}$/ : /^[A-Z0-9]{2}$/, `must be a ${length}-character IATA code`)
	);
const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'));

export const SourceSchema = v.strictObject({
	id,
	/**
	 * A news report is dated by its publication; so is an airline's own announcement or press release
	 * (`airline`), which alone makes a fact high. A reference (an airport database, the time-zone
	 * database) is a record kept up to date, cited for what it holds rather than for when it said it.
	 */
	kind: v.picklist(['news', 'airline', 'official', 'reference'], 'must be news, airline, official or reference'),
	/** The source's own headline, where we have it. */
	title: v.optional(text),
	/**
	 * What a reference holds, in each language: shown instead of its title, which is in the
	 * source's own language (OurAirports' English) and would be the one foreign line on the page.
	 */
	describes: v.optional(localizedText),
	/** The publisher as readers of each language know it. */
	publisher: localizedText,
	/** Who wrote it, when not the publisher's own staff, in each language. */
	author: v.optional(localizedText),
	/** The address of the report itself, not of the publisher's home page. */
	url: httpsUrl,
	/** Publication date, as precisely as the source gives it; every news report and airline announcement has one. */
	date: v.optional(partialDate),
	language: v.picklist(['ru', 'kk', 'ko', 'en'], 'must be ru, kk, ko or en')
});

/**
 * One fact with its provenance. `sources` must name at least one known source: a fact with no
 * source is not a fact. `asOf` dates a figure that can change (a weekly frequency, a flight number).
 */
const sourceIds = v.pipe(v.array(id), v.minLength(1, 'must name at least one source'));

export const factSchema = <T extends v.GenericSchema>(value: T) =>
	v.strictObject({
		value,
		sources: sourceIds,
		confidence: v.picklist(CONFIDENCES, 'must be high, medium or low'),
		asOf: v.optional(partialDate),
		/** Said by the source as announced or planned rather than flown. */
		announced: v.optional(v.boolean())
	});

/** A figure that changes with time (a weekly total, a passenger count): its date is part of it. */
export const datedFactSchema = <T extends v.GenericSchema>(value: T) =>
	v.strictObject({
		value,
		sources: sourceIds,
		confidence: v.picklist(CONFIDENCES, 'must be high, medium or low'),
		/** When the figure was true, as precisely as the source says. */
		asOf: partialDateFor('must give the date the figure was true')
	});

/** A later source that gives the same schedule fact, unchanged, for another season. */
export const ConfirmationSchema = v.strictObject({
	sources: sourceIds,
	published: partialDate,
	season: seasonCode
});

/**
 * One schedule fact (days, times, aircraft, flight number, a weekly frequency) with the date its
 * source published it and the airline season it was announced for. A timetable is confirmed to the
 * end of that season; only a later source, listed in `confirmedBy`, carries it further.
 */
export const scheduleFactSchema = <T extends v.GenericSchema>(value: T) =>
	v.strictObject({
		value,
		sources: sourceIds,
		confidence: v.picklist(CONFIDENCES, 'must be high, medium or low'),
		/** When the source published it. */
		published: partialDateFor('must give the date its source published it'),
		/** The season it was announced for, or the season it was reported true in. */
		season: seasonCodeFor('must give the IATA season it was announced for, such as S25'),
		/** Said by the source as announced or planned rather than flown. */
		announced: v.optional(v.boolean()),
		/** Later sources giving the same value for a later season. */
		confirmedBy: v.optional(v.array(ConfirmationSchema)),
		/**
		 * The last day the source itself vouches for it, where it says so: an airport's season schedule
		 * gives each flight's last date. Without it, the end of `season`.
		 */
		until: v.optional(isoDate)
	});

export const UtcOffsetSchema = v.strictObject({
	/** The airport-local date from whose midnight this offset holds. */
	since: isoDate,
	/** Minutes east of UTC: +5 h is 300. */
	minutes: v.pipe(v.number(), v.integer('must be whole minutes'), v.minValue(-720), v.maxValue(840))
});

export const AirportSchema = v.strictObject({
	iata: iata(3),
	icao: v.pipe(v.string(), v.regex(/^[A-Z]{4}$/, 'must be a 4-letter ICAO code')),
	name: localizedText,
	city: localizedText,
	country: countryCode,
	latitude: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
	longitude: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	elevationMetres: v.number(),
	timeZone: text,
	/** The airport's UTC offsets, oldest first. Local times are computed from these, never from the device. */
	utcOffsets: v.pipe(v.array(UtcOffsetSchema), v.minLength(1, 'must list at least one offset')),
	/** Position and elevation come from aeronautical data, the offsets from the time-zone database: each cites its own. */
	sources: v.strictObject({ position: sourceIds, utcOffsets: sourceIds })
});

export const AirlineSchema = v.strictObject({
	iata: iata(2),
	icao: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a 3-letter ICAO code')),
	name: localizedText,
	country: countryCode,
	/** Brand colour for arcs and chips, light and dark backgrounds. */
	colour: v.strictObject({
		light: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/, 'must be #rrggbb')),
		dark: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/, 'must be #rrggbb'))
	}),
	/** The airline's own site: where a traveller checks what no source here publishes. */
	website: httpsUrl
});

const weekday = v.pipe(
	v.number(),
	v.integer('must be a whole ISO weekday'),
	v.minValue(1, 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)'),
	v.maxValue(7, 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)')
);

/**
 * A flight's local times as published. Either end may be missing: a report that gives only the
 * Incheon end ("departs Incheon 06:55") leaves the Kazakh end unpublished, never computed. The arrival
 * day offset is given exactly when both ends are.
 */
export const FlightTimesSchema = v.pipe(
	v.strictObject({
		departure: v.nullable(localTime),
		arrival: v.nullable(localTime),
		arrivalDayOffset: v.nullable(v.picklist([0, 1], 'must be 0 or 1'))
	}),
	v.check((t) => t.departure !== null || t.arrival !== null, 'must give the departure, the arrival or both'),
	v.check(
		(t) => (t.departure !== null && t.arrival !== null) === (t.arrivalDayOffset !== null),
		'arrivalDayOffset must be given exactly when both times are'
	)
);

export const ServiceSchema = v.strictObject({
	id,
	airline: iata(2),
	origin: iata(3),
	destination: iata(3),
	/**
	 * That the airline flies this leg at all, as its sources report it. It ages like the timetable:
	 * reported for a season, and past that season "last reported", not current.
	 */
	operates: scheduleFactSchema(v.literal(true)),
	flightNumber: v.nullable(scheduleFactSchema(v.pipe(v.string(), v.regex(/^[A-Z0-9]{2}\d{1,4}$/, 'must look like OZ577')))),
	/** ISO weekdays of the departure, Monday = 1. */
	daysOfOperation: v.nullable(
		scheduleFactSchema(v.pipe(v.array(weekday), v.minLength(1, 'must list at least one weekday')))
	),
	times: v.nullable(scheduleFactSchema(FlightTimesSchema)),
	aircraft: v.nullable(scheduleFactSchema(text)),
	/**
	 * The first and last day of this timetable, origin-local. A start date is a schedule fact like the
	 * rest: announced ahead, then reported for a season. A seasonal timetable (SCAT's winter 2025/26)
	 * gives its season's days.
	 */
	validFrom: v.nullable(scheduleFactSchema(isoDate)),
	validTo: v.nullable(scheduleFactSchema(isoDate)),
	/**
	 * Since when the airline has flown between the two cities, when that is older than the current
	 * schedule, with the airports the source means: Asiana's 1998 start was from Seoul Gimpo, as
	 * Incheon opened only in 2001.
	 */
	operatingSince: v.nullable(factSchema(v.strictObject({ date: partialDate, between: localizedText }))),
	/**
	 * Weekly frequencies as published, newest first; each dated. A frequency announced to start on a
	 * later day (SCAT's "four a week from 11 July 2026") gives that day as `from`.
	 */
	/**
	 * What an airport's own season schedule says of this flight, written by the build from the
	 * snapshots `npm run data:import` fetched (never by hand): listed in it, or not.
	 */
	official: v.optional(
		v.strictObject({
			source: id,
			listed: v.boolean(),
			/** The day the schedule was fetched, and the last day it lists the flight. */
			fetched: isoDate,
			lastDate: v.nullable(isoDate)
		})
	),
	flightsPerWeek: v.array(
		v.strictObject({
			...scheduleFactSchema(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(70))).entries,
			from: v.optional(isoDate)
		})
	)
});

/** Facts about the airport pair as a whole rather than one airline's leg. */
export const RouteFactSchema = v.strictObject({
	id,
	/**
	 * What the figure counts: one airport pair, or every route between two countries. A figure is
	 * never shown as a route's when its source counts more.
	 */
	scope: v.union(
		[
			v.strictObject({ airports: v.tuple([iata(3), iata(3)]) }),
			v.strictObject({ countries: v.tuple([countryCode, countryCode]) })
		],
		'must name two airports or two countries'
	),
	/**
	 * What a figure counts, in words, where the scope alone does not say it: "all routes, Astana–Seoul
	 * included", "Astana and Almaty only, before Shymkent". Country-wide totals differ by what they count.
	 */
	counts: v.optional(localizedText),
	kind: v.picklist(['weekly-flights', 'passengers-per-year'], 'must be weekly-flights or passengers-per-year'),
	fact: datedFactSchema(v.number()),
	/** Airlines the figure names one by one, with their share. */
	byAirline: v.optional(v.array(v.strictObject({ airline: iata(2), flights: v.number() }))),
	/** Flights a week added on top of `value` by a named airline (the article's "plus Eastar Jet's 2"). */
	plus: v.optional(v.strictObject({ airline: iata(2), flights: v.number() })),
	/** Change against an earlier year, in per cent. */
	changePercent: v.optional(v.strictObject({ percent: v.number(), againstYear: v.number() }))
});

/**
 * A dated notice that belongs to an airline or to some of its services (Asiana's integration into
 * Korean Air, a terminal move), shown on their cards and pages. It carries its sources and ages like
 * a schedule fact: past its season it reads as last reported.
 */
export const NoticeSchema = v.strictObject({
	id,
	about: v.union(
		[v.strictObject({ airline: iata(2) }), v.strictObject({ services: v.pipe(v.array(id), v.minLength(1, 'must name at least one service')) })],
		'must name an airline or services'
	),
	/** What it says in a few words, for a card; the whole notice is one tap away, with its sources. */
	title: localizedText,
	/** Whether the traveller should check a detail (a flight number, a terminal) with the airline. */
	checkWithAirline: v.optional(v.boolean()),
	...scheduleFactSchema(localizedText).entries
});

export const CatalogSchema = v.strictObject({
	/** The day the sources were last searched for news: not the age of any timetable. */
	sourcesSearched: isoDate,
	sources: v.array(SourceSchema),
	airports: v.array(AirportSchema),
	airlines: v.array(AirlineSchema),
	services: v.array(ServiceSchema),
	routeFacts: v.array(RouteFactSchema),
	notices: v.array(NoticeSchema)
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Airport = v.InferOutput<typeof AirportSchema>;
export type UtcOffset = v.InferOutput<typeof UtcOffsetSchema>;
export type Airline = v.InferOutput<typeof AirlineSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type RouteFact = v.InferOutput<typeof RouteFactSchema>;
export type Notice = v.InferOutput<typeof NoticeSchema>;
export type FlightTimes = v.InferOutput<typeof FlightTimesSchema>;
export type Catalog = v.InferOutput<typeof CatalogSchema>;
/** The catalog as every page has it: each source as a citation names it (citedSource.ts). */
export type PageCatalog = Omit<Catalog, 'sources'> & { sources: CitedSource[] };
/** One published weekly frequency, with the day it starts when the source gives one. */
export type WeeklyFrequency = Service['flightsPerWeek'][number];
/** What every fact has, whatever its value: where it comes from and how firm it is. */
export type Cited = { sources: string[]; confidence: Confidence };
/** A schedule fact whose value is a `T`, as `scheduleFactSchema` reads it. */
export type ScheduleFact<T> = v.InferOutput<ReturnType<typeof scheduleFactSchema<v.GenericSchema<T>>>>;
