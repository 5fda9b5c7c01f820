/**
 * One flight as an RFC 5545 calendar file (`.ics`). Written by hand rather than with the `ics`
 * package, which costs ~20 kB gzipped for what is escaping, folding and CRLF. Times are UTC instants
 * (`…Z`), so a calendar app shows them right in any zone without a VTIMEZONE block; the airport-local
 * times go in the description, as the sources publish them.
 */
import type { Airline, Airport, Locale, Service } from '$lib/data/schema';
import type { Departure } from './departures';
import { factStanding } from './factStanding';
import { formatUtcOffset, utcOffsetOn } from './utcOffset';

/** Where a departure leaves from or lands, in words for the description. */
interface StopWords {
	airport: string;
	date: string;
	time: string;
	offset: string;
}

/**
 * The page's words, passed in so that this module stays free of the message library and of loading
 * date locales: Paraglide's message functions fit these shapes as they are
 * (`departs: m.tools_calendar_departs`), `longDate` is the page's own date format.
 */
export interface CalendarWords {
	longDate: (date: string) => string;
	departs: (inputs: StopWords) => string;
	arrives: (inputs: StopWords) => string;
	sources: (inputs: { publishers: string }) => string;
	asPublished: () => string;
	/** The month a timetable was published in: `'April 2025'`. */
	month: (date: string) => string;
	/** Said of a departure past its confirmed timetable. */
	unconfirmed: (inputs: { month: string; airline: string; website: string }) => string;
	/** Said where the source gives no arrival time. */
	arrivalNotPublished: () => string;
	/** A flight number its source no longer vouches for on the day: `'Flight number last reported: OZ577 (January 2022)'`. */
	flightNumberLastReported: (inputs: { flightNumber: string; month: string }) => string;
}

export interface FlightCalendarInput {
	departure: Departure;
	airline: Airline;
	origin: Airport;
	destination: Airport;
	/** Publisher names of the sources for the flight's days and times. */
	publishers: readonly string[];
	locale: Locale;
	words: CalendarWords;
	/** When the file is made, for DTSTAMP. */
	now: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const utf8 = new TextEncoder();

/** An instant as an RFC 5545 UTC date-time. `icsUtc(new Date('2025-04-07T10:30Z'))` → `'20250407T103000Z'` */
export function icsUtc(instant: Date): string {
	return instant.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). `escapeText('a,b;c\\d\ne')` → `'a\\,b\\;c\\\\d\\ne'` */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so that no physical line is longer than 75 octets of UTF-8 (RFC 5545 §3.1),
 * never inside a character: continuation lines start with one space, which counts.
 * `foldLine('SUMMARY:' + 'ы'.repeat(40))` → `'SUMMARY:' + 'ы'.repeat(33) + '\r\n ' + 'ы'.repeat(7)` (74 and 15 octets)
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	// for…of walks code points, so a surrogate pair (an emoji) is never cut in two either.
	for (const char of line) {
		const size = utf8.encode(char).length;
		if (octets + size > MAX_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join(CRLF);
}

/** A stable id for one flight, the same in every file made for it. `calendarUid(eastarIcnAlaOn7April)` → `'ze-icn-ala-20250407@nonstop'` */
export function calendarUid(departure: Pick<Departure, 'service' | 'departureDate'>): string {
	return `${departure.service.id}-${departure.departureDate.replace(/-/g, '')}@nonstop`;
}

/** `calendarFileName(eastarIcnAlaOn7April)` → `'nonstop-ze-icn-ala-2025-04-07.ics'` */
export function calendarFileName(departure: Pick<Departure, 'service' | 'departureDate'>): string {
	return `nonstop-${departure.service.id}-${departure.departureDate}.ics`;
}

/**
 * The ids of the sources behind a flight's date and times, each once.
 * `departureSourceIds(eastarFromIncheon)` → `['newspim', 'yonhap-zum', 'smartfn', 'the-fact', 'article', 'unjournal']`
 */
export function departureSourceIds(service: Service): string[] {
	const facts = [service.times, service.daysOfOperation, service.validFrom, service.flightNumber];
	return [...new Set(facts.flatMap((fact) => fact?.sources ?? []))];
}

/**
 * The `.ics` text for one departure, CRLF line endings, lines folded.
 * `flightCalendarFile({ departure: eastarIcnAlaOn7April, … })` → `'BEGIN:VCALENDAR\r\n…DTSTART:20250407T103000Z\r\nDTEND:20250407T174500Z\r\n…'`
 */
export function flightCalendarFile(input: FlightCalendarInput): string {
	const { departure, airline, origin, destination, publishers, locale, words, now } = input;
	const place = (airport: Airport) => `${airport.city[locale]} ${airport.iata}`;
	const stop = (airport: Airport, date: string, time: string): StopWords => ({
		airport: place(airport),
		date: words.longDate(date),
		time,
		offset: formatUtcOffset(utcOffsetOn(airport, date))
	});
	// A flight number goes in the title only while a source vouches for it on the day; an older one
	// is said in the description with its date.
	const number = departure.service.flightNumber;
	const numberCurrent = number !== null && factStanding(number, departure.departureDate).state !== 'last-reported';
	const carrier = [airline.name[locale], numberCurrent ? number.value : null].filter(Boolean).join(' ');
	const summary = `${carrier} · ${place(origin)} → ${place(destination)}`;
	const location = `${origin.name[locale]} (${origin.iata}) → ${destination.name[locale]} (${destination.iata})`;
	// A departure past its confirmed timetable says so first, where a calendar's preview shows it.
	const unconfirmed = departure.confirmed
		? []
		: [words.unconfirmed({ month: words.month(departure.timetable.published.slice(0, 7)), airline: airline.name[locale], website: airline.website })];
	const description = [
		...unconfirmed,
		words.departs(stop(origin, departure.departureDate, departure.departureTime)),
		departure.arrivalDate !== null && departure.arrivalTime !== null
			? words.arrives(stop(destination, departure.arrivalDate, departure.arrivalTime))
			: words.arrivalNotPublished(),
		...(number !== null && !numberCurrent ? [words.flightNumberLastReported({ flightNumber: number.value, month: words.month(number.published.slice(0, 7)) })] : []),
		...(publishers.length ? [words.sources({ publishers: publishers.join(', ') })] : []),
		words.asPublished()
	].join('\n');

	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Nonstop//Almaty-Seoul direct flights//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:${calendarUid(departure)}`,
		`DTSTAMP:${icsUtc(now)}`,
		`DTSTART:${icsUtc(departure.departs)}`,
		// Without a published arrival the event has no end (RFC 5545 §3.6.1: it ends as it starts).
		...(departure.arrives ? [`DTEND:${icsUtc(departure.arrives)}`] : []),
		`SUMMARY:${escapeText(summary)}`,
		`LOCATION:${escapeText(location)}`,
		`DESCRIPTION:${escapeText(description)}`,
		'TRANSP:OPAQUE',
		'END:VEVENT',
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}
