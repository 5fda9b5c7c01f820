/**
 * The shape of Nonstop's data. Every record is checked against these schemas when the app is built
 * and in the tests; `validateCatalog` adds the checks that span records (known airports, known
 * sources, dates in order). The model follows IATA SSIM flight-leg records, in plain names.
 */
import * as v from 'valibot';


export { LOCALES, type Locale } from './locales';

/** How firm a fact is: low facts are never shown as certain. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
/** A fact's date may be as coarse as its source: a year, a month or a day. */
const partialDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
);
const localTime = v.pipe(
	v.string(),
	v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour local time written HH:MM')
);
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const localizedText = v.strictObject({ en: text, ru: text, kk: text, ko: text });
const iata = (length: 2 | 3) =>
	v.pipe(
		v.string(),
		v.regex(length === 3 ? /^[A-Z]{3}$/ : /^[A-Z0-9]{2}$/, `must be a ${length}-character IATA code`)
	);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'));

export const SourceSchema = v.strictObject({
	id,
	/** The source's own headline, where we have it. */
	title: v.optional(text),
	publisher: text,
	/** Who wrote it, when not the publisher's own staff, in each language. */
	author: v.optional(localizedText),
	url: v.pipe(v.string(), v.url('must be a full URL')),
	/** Publication date, where the source gives one. */
	date: v.optional(partialDate),
	language: v.picklist(['ru', 'kk', 'ko', 'en'], 'must be ru, kk, ko or en')
});

/**
 * One fact with its provenance. `sources` must name at least one known source: a fact with no
 * source is not a fact. `asOf` dates a figure that can change (a weekly frequency, a flight number).
 */
export const factSchema = <T extends v.GenericSchema>(value: T) =>
	v.strictObject({
		value,
		sources: v.pipe(v.array(id), v.minLength(1, 'must name at least one source')),
		confidence: v.picklist(CONFIDENCES, 'must be high, medium or low'),
		asOf: v.optional(partialDate),
		/** Said by the source as announced or planned rather than flown. */
		announced: v.optional(v.boolean())
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
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code')),
	latitude: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
	longitude: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	elevationMetres: v.number(),
	timeZone: text,
	/** The airport's UTC offsets, oldest first. Local times are computed from these, never from the device. */
	utcOffsets: v.pipe(v.array(UtcOffsetSchema), v.minLength(1, 'must list at least one offset')),
	sources: v.pipe(v.array(id), v.minLength(1, 'must name at least one source'))
});

export const AirlineSchema = v.strictObject({
	iata: iata(2),
	icao: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a 3-letter ICAO code')),
	name: localizedText,
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code')),
	/** Brand colour for arcs and chips, light and dark backgrounds. */
	colour: v.strictObject({
		light: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/, 'must be #rrggbb')),
		dark: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/, 'must be #rrggbb'))
	}),
	website: v.pipe(v.string(), v.url('must be a full URL'))
});

const weekday = v.pipe(
	v.number(),
	v.integer('must be a whole ISO weekday'),
	v.minValue(1, 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)'),
	v.maxValue(7, 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)')
);

export const ServiceSchema = v.strictObject({
	id,
	airline: iata(2),
	origin: iata(3),
	destination: iata(3),
	/** That the airline flies this leg at all: the article's "regular direct flights". */
	operates: factSchema(v.literal(true)),
	flightNumber: v.nullable(factSchema(v.pipe(v.string(), v.regex(/^[A-Z0-9]{2}\d{1,4}$/, 'must look like OZ577')))),
	/** ISO weekdays of the departure, Monday = 1. */
	daysOfOperation: v.nullable(
		factSchema(v.pipe(v.array(weekday), v.minLength(1, 'must list at least one weekday')))
	),
	times: v.nullable(
		factSchema(
			v.strictObject({
				departure: localTime,
				arrival: localTime,
				arrivalDayOffset: v.picklist([0, 1], 'must be 0 or 1')
			})
		)
	),
	aircraft: v.nullable(factSchema(text)),
	validFrom: v.nullable(factSchema(isoDate)),
	validTo: v.nullable(factSchema(isoDate)),
	/** Since when the airline has flown the pair, when that is older than the current schedule. */
	operatingSince: v.nullable(factSchema(partialDate)),
	/** Weekly frequencies as published, newest first; each dated. */
	flightsPerWeek: v.array(factSchema(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(70))))
});

/** Facts about the airport pair as a whole rather than one airline's leg. */
export const RouteFactSchema = v.strictObject({
	id,
	airports: v.tuple([iata(3), iata(3)]),
	kind: v.picklist(['weekly-flights', 'passengers-per-year'], 'must be weekly-flights or passengers-per-year'),
	fact: factSchema(v.number()),
	/** Flights a week added on top of `value` by a named airline (the article's "plus Eastar Jet's 2"). */
	plus: v.optional(v.strictObject({ airline: iata(2), flights: v.number() })),
	/** Change against an earlier year, in per cent. */
	changePercent: v.optional(v.strictObject({ percent: v.number(), againstYear: v.number() }))
});

export const CatalogSchema = v.strictObject({
	dataDate: isoDate,
	sources: v.array(SourceSchema),
	airports: v.array(AirportSchema),
	airlines: v.array(AirlineSchema),
	services: v.array(ServiceSchema),
	routeFacts: v.array(RouteFactSchema)
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Airport = v.InferOutput<typeof AirportSchema>;
export type UtcOffset = v.InferOutput<typeof UtcOffsetSchema>;
export type Airline = v.InferOutput<typeof AirlineSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type RouteFact = v.InferOutput<typeof RouteFactSchema>;
export type Catalog = v.InferOutput<typeof CatalogSchema>;
export type LocalizedText = Airport['name'];
export type Fact<T> = {
	value: T;
	sources: string[];
	confidence: Confidence;
	asOf?: string;
	announced?: boolean;
};
export type ServiceTimes = NonNullable<Service['times']>['value'];
