/**
 * Routes and directions by their cities, in the page's language, as the app writes them everywhere:
 * the names come from the data, so no message has to name a place by hand.
 */
import type { Locale } from '$lib/data/schema';
import { airport } from '$lib/data/lookup';
import { m } from '$lib/paraglide/messages';

/** `cityPair(['ALA', 'ICN'], 'en')` → `'Almaty ⇄ Seoul'`; `cityPair(['ALA', 'ICN'], 'en', ' → ')` → `'Almaty → Seoul'` */
export function cityPair(codes: readonly string[], locale: Locale, separator = ' ⇄ '): string {
	return codes.map((code) => airport(code).city[locale]).join(separator);
}

// Messages rather than Intl.DisplayNames: browsers with reduced ICU data have no Kazakh names.
const countryNames: Record<string, () => string> = {
	KZ: () => m.country_kz(),
	KR: () => m.country_kr()
};

/** `countryName('KZ')` → `'Kazakhstan'` in the page's language; a country with no name yet keeps its code. */
export function countryName(code: string): string {
	return countryNames[code]?.() ?? code;
}
