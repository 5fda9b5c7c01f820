/**
 * Makes one flight's `.ics` file in the page's language and hands it to the browser as a download.
 * Loaded on the first click (CalendarButton imports it dynamically), so the writer and its words
 * cost nothing until someone adds a flight to a calendar.
 */
import type { Locale } from '$lib/data/schema';
import { airline, airport, sourcesById } from '$lib/data/lookup';
import { calendarFileName, departureSourceIds, flightCalendarFile } from '$lib/domain/calendarFile';
import type { Departure } from '$lib/domain/departures';
import { formatLongDate, formatPartialDate } from '$lib/domain/formatting';
import { m } from '$lib/paraglide/messages';

export function downloadCalendarFile(departure: Departure, locale: Locale): void {
	const text = flightCalendarFile({
		departure,
		airline: airline(departure.service.airline),
		origin: airport(departure.service.origin),
		destination: airport(departure.service.destination),
		publishers: departureSourceIds(departure.service).flatMap((id) => sourcesById.get(id)?.publisher[locale] ?? []),
		locale,
		words: {
			longDate: (date) => formatLongDate(date, locale),
			departs: m.tools_calendar_departs,
			arrives: m.tools_calendar_arrives,
			sources: m.tools_calendar_sources,
			asPublished: m.tools_calendar_note,
			month: (date) => formatPartialDate(date, locale),
			unconfirmed: m.fresh_calendar_unconfirmed,
			arrivalNotPublished: m.age_arrival_not_published,
			flightNumberLastReported: m.age_flight_number_last_reported
		},
		// Made on click, so DTSTAMP is the moment of download.
		now: new Date()
	});
	const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = calendarFileName(departure);
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a minute is plenty.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
