/** Words that tell one flight's controls apart for a screen reader ("Save: Eastar Jet, ICN → ALA, Mon, 7 Apr"). */
import type { Locale } from '$lib/data/schema';
import { airline } from '$lib/data/lookup';
import type { Departure } from '$lib/domain/departures';
import { formatShortDay } from '$lib/domain/formatting';
import { m } from '$lib/paraglide/messages';

export function flightContext(departure: Departure, locale: Locale): string {
	return m.tools_flight_context({
		airline: airline(departure.service.airline).name[locale],
		from: departure.service.origin,
		to: departure.service.destination,
		date: formatShortDay(departure.departureDate, locale)
	});
}
