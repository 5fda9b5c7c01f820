/**
 * The shape of an official schedule snapshot: what `npm run data:import` writes under
 * `src/lib/data/official/` from an airport's own season schedule (Korea's public data portal), and
 * what the app reads. One snapshot per airport; each flight is one row of the airport's schedule,
 * normalised, with the codeshare sales folded into the flight that operates them.
 */
import * as v from 'valibot';

const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
/** An IATA airline code and a number: `OZ577`, `7C2601`, `KC0910` (leading zeros as the airport gives them). */
const flightNumber = v.pipe(v.string(), v.regex(/^[A-Z0-9]{2}\d{1,5}[A-Z]?$/, 'must look like OZ577'));
const weekday = v.pipe(v.number(), v.integer(), v.minValue(1, 'must be an ISO weekday 1–7'), v.maxValue(7, 'must be an ISO weekday 1–7'));

export const OfficialFlightSchema = v.strictObject({
	flightNumber,
	airline: v.pipe(v.string(), v.regex(/^[A-Z0-9]{2}$/, 'must be a 2-character IATA code')),
	/** From or to the Korean airport the snapshot belongs to. */
	direction: v.picklist(['departure', 'arrival'], 'must be departure or arrival'),
	/** The Kazakh end, as an IATA code. */
	otherAirport: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a 3-letter IATA code')),
	/** The Korean side's scheduled time: departure time for departures, arrival time for arrivals. */
	time: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time written HH:MM')),
	/** ISO weekdays at the Korean airport (Monday = 1): departure days for departures, arrival days for arrivals. */
	weekdays: v.pipe(v.array(weekday), v.minLength(1, 'must list at least one weekday')),
	firstDate: isoDate,
	lastDate: isoDate,
	/** `W26` where the answer gives it; Korea Airports Corporation's answers do not. */
	season: v.nullable(v.pipe(v.string(), v.regex(/^[SW]\d{2}$/, 'must be an IATA season such as S26'))),
	/** Flight numbers sold on this flight by other airlines, sorted. */
	codeshares: v.array(flightNumber),
	terminal: v.optional(text)
});

export const OfficialSnapshotSchema = v.pipe(
	v.strictObject({
		source: v.picklist(['incheon', 'gimhae'], 'must be incheon or gimhae'),
		/** The Korean airport the schedule belongs to. */
		airport: v.picklist(['ICN', 'PUS'], 'must be ICN or PUS'),
		publisher: text,
		/** `data.go.kr 15095059` */
		dataset: text,
		/** Where the rows were fetched from; never with the service key, which is a secret. */
		endpoints: v.pipe(
			v.array(v.pipe(v.string(), v.url('must be a full URL'), v.check((url) => !/servicekey/i.test(url), 'must not carry the service key'))),
			v.minLength(1, 'must name at least one endpoint')
		),
		/** When the rows were fetched, in UTC: `2026-12-02T03:00:00Z`. */
		fetched: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'must be a UTC date-time written YYYY-MM-DDTHH:MM:SSZ')),
		flights: v.array(OfficialFlightSchema)
	}),
	v.check((s) => (s.source === 'incheon') === (s.airport === 'ICN'), 'airport must be ICN for incheon and PUS for gimhae')
);

export type OfficialSnapshot = v.InferOutput<typeof OfficialSnapshotSchema>;
export type OfficialFlight = v.InferOutput<typeof OfficialFlightSchema>;
