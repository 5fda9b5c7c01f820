/**
 * The airports' own season schedules, as `npm run data:import` saved them under `official/`, laid
 * over the news-based services. An official row outranks news for what it gives (the days at the
 * Korean airport, its time there and the flight number) and vouches for them to the row's last date;
 * the Kazakh end stays what a dated report gives, or not published. A service of a Korean airport
 * whose schedule does not list it is marked so; a listed flight the news does not have appears with
 * what the airport gives, where its airline and airports are known (the import names the others).
 *
 * Until a real fetch writes a snapshot there is none, and the catalog is the news-based one as it is.
 */
import type { OfficialFlight, OfficialSnapshot } from './officialSchema';
import type { Airline, Airport, ScheduleFact, Service, Source } from './schema';

// A build for the tests may read constructed snapshots instead (OFFICIAL_SNAPSHOTS, see svelte.config.js).
const files = import.meta.glob<OfficialSnapshot>('$official/*.json', { eager: true, import: 'default' });

/** Every snapshot the build found, checked with the rest of the data (validate.ts). */
export const officialSnapshots: OfficialSnapshot[] = Object.values(files);

/** Who publishes each schedule, as each language's readers know them. */
const publishers: Record<OfficialSnapshot['source'], Source['publisher']> = {
	incheon: { en: 'Incheon International Airport Corporation', ru: 'Корпорация аэропорта Инчхон', kk: 'Инчхон әуежайы корпорациясы', ko: '인천국제공항공사' },
	gimhae: { en: 'Korea Airports Corporation', ru: 'Корейская корпорация аэропортов', kk: 'Корея әуежайлары корпорациясы', ko: '한국공항공사' }
};

const sourceId = (snapshot: OfficialSnapshot) => `official-${snapshot.source}`;
const day = (iso: string) => iso.slice(0, 10);

/** The snapshots as sources: dated by their fetch, at the endpoint they came from. */
export function officialSources(snapshots: readonly OfficialSnapshot[]): Source[] {
	return snapshots.map((snapshot) => ({
		id: sourceId(snapshot),
		kind: 'official',
		title: `${snapshot.publisher}: passenger flight season schedule (${snapshot.dataset})`,
		publisher: publishers[snapshot.source],
		url: snapshot.endpoints[0]!,
		date: day(snapshot.fetched),
		language: 'ko'
	}));
}

/** A fact as the airport's schedule gives it: firm, dated by the fetch, vouched for to the row's last date. */
function officialFact<T>(value: T, snapshot: OfficialSnapshot, flight: OfficialFlight, season: string): ScheduleFact<T> {
	return { value, sources: [sourceId(snapshot)], confidence: 'high', published: day(snapshot.fetched), season: flight.season ?? season, until: flight.lastDate };
}

/** The IATA season a date falls in, for rows that do not name theirs (Korea Airports Corporation's). */
function seasonOf(date: string): string {
	const year = Number(date.slice(0, 4));
	const lastSunday = (month: number) => {
		const last = new Date(Date.UTC(year, month, 0));
		return new Date(last.getTime() - last.getUTCDay() * 86_400_000).toISOString().slice(0, 10);
	};
	if (date >= lastSunday(3) && date < lastSunday(10)) return `S${String(year % 100).padStart(2, '0')}`;
	return `W${String((date < lastSunday(3) ? year - 1 : year) % 100).padStart(2, '0')}`;
}

const overlaps = (s: Service, flight: OfficialFlight) =>
	(s.validTo === null || s.validTo.value >= flight.firstDate) && (s.validFrom === null || s.validFrom.value <= flight.lastDate);

/** The row of the schedule that is this service, or null: by airline and direction, then flight number, then time. */
function matchingRow(service: Service, snapshot: OfficialSnapshot): OfficialFlight | null {
	const departure = service.origin === snapshot.airport;
	const other = departure ? service.destination : service.origin;
	const rows = snapshot.flights.filter(
		(f) => f.airline === service.airline && f.direction === (departure ? 'departure' : 'arrival') && f.otherAirport === other && overlaps(service, f)
	);
	const number = service.flightNumber?.value;
	const koreanTime = departure ? service.times?.value.departure : service.times?.value.arrival;
	return (
		rows.find((f) => number !== undefined && (f.flightNumber === number || f.codeshares.includes(number))) ??
		rows.find((f) => koreanTime && f.time === koreanTime) ??
		(rows.length === 1 ? rows[0]! : null)
	);
}

/** The service as the airport lists it: its days there, its time there and its flight number outrank the news. */
function confirmed(service: Service, flight: OfficialFlight, snapshot: OfficialSnapshot): Service {
	const departure = flight.direction === 'departure';
	const season = service.daysOfOperation?.season ?? service.times?.season ?? service.operates.season;
	const fact = <T>(value: T) => officialFact(value, snapshot, flight, season);
	const times = service.times?.value;
	const newsKoreanTime = departure ? times?.departure : times?.arrival;
	// The Kazakh end stays the news's only while the news's Korean end agrees with the airport's.
	const keepsOtherEnd = times !== undefined && newsKoreanTime === flight.time;
	const offset = keepsOtherEnd ? (times?.arrivalDayOffset ?? null) : null;
	// An arrival's days at Incheon are its departure days moved by the overnight offset, where it is known.
	const days = departure ? flight.weekdays : offset !== null ? flight.weekdays.map((d) => ((d - 1 - offset + 7) % 7) + 1) : null;
	return {
		...service,
		flightNumber: fact(flight.flightNumber),
		daysOfOperation: days ? fact([...days].sort((a, b) => a - b)) : service.daysOfOperation,
		times: fact({
			departure: departure ? flight.time : keepsOtherEnd ? (times?.departure ?? null) : null,
			arrival: departure ? (keepsOtherEnd ? (times?.arrival ?? null) : null) : flight.time,
			arrivalDayOffset: offset
		}),
		official: { source: sourceId(snapshot), listed: true, fetched: day(snapshot.fetched), lastDate: flight.lastDate }
	};
}

/** A flight the airport lists and the news does not have, as the airport gives it. */
function listedOnly(flight: OfficialFlight, snapshot: OfficialSnapshot): Service {
	const departure = flight.direction === 'departure';
	const [origin, destination] = departure ? [snapshot.airport, flight.otherAirport] : [flight.otherAirport, snapshot.airport];
	const fact = <T>(value: T) => officialFact(value, snapshot, flight, seasonOf(flight.firstDate));
	return {
		id: `${flight.airline}-${origin}-${destination}-${flight.flightNumber}-${flight.firstDate}`.toLowerCase(),
		airline: flight.airline,
		origin,
		destination,
		operates: fact(true as const),
		flightNumber: fact(flight.flightNumber),
		// The airport gives an arrival's days at its own end: not the departure days the app lists by.
		daysOfOperation: departure ? fact(flight.weekdays) : null,
		times: fact({ departure: departure ? flight.time : null, arrival: departure ? null : flight.time, arrivalDayOffset: null }),
		aircraft: null,
		validFrom: fact(flight.firstDate),
		validTo: fact(flight.lastDate),
		operatingSince: null,
		official: { source: sourceId(snapshot), listed: true, fetched: day(snapshot.fetched), lastDate: flight.lastDate },
		flightsPerWeek: []
	};
}

/**
 * The services with every snapshot laid over them, and the flights only the airports list.
 * `withOfficialSchedules(services, [incheon], airlines, airports).find((s) => s.id === 'oz-icn-ala')?.official?.listed` → `true`
 */
export function withOfficialSchedules(
	services: readonly Service[],
	snapshots: readonly OfficialSnapshot[],
	airlines: readonly Pick<Airline, 'iata'>[],
	airports: readonly Pick<Airport, 'iata'>[]
): Service[] {
	let result = [...services];
	for (const snapshot of snapshots) {
		const used = new Set<OfficialFlight>();
		result = result.map((service) => {
			if (service.origin !== snapshot.airport && service.destination !== snapshot.airport) return service;
			// A timetable that ended before the fetch is history the schedule cannot speak to.
			if (service.validTo && service.validTo.value < day(snapshot.fetched)) return service;
			const row = matchingRow(service, snapshot);
			if (!row) return { ...service, official: { source: sourceId(snapshot), listed: false, fetched: day(snapshot.fetched), lastDate: null } };
			used.add(row);
			return confirmed(service, row, snapshot);
		});
		const known = (code: string, list: readonly { iata: string }[]) => list.some((x) => x.iata === code);
		for (const flight of snapshot.flights) {
			if (!used.has(flight) && known(flight.airline, airlines) && known(flight.otherAirport, airports)) result.push(listedOnly(flight, snapshot));
		}
	}
	return result;
}
