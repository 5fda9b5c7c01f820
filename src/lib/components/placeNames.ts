/**
 * Routes and directions by their cities, in the page's language, as the app writes them everywhere:
 * the names come from the data, so no message has to name a place by hand.
 */
import type { Locale } from '$lib/data/schema';
import { airport } from '$lib/data/lookup';

/** `cityPair(['ALA', 'ICN'], 'en')` → `'Almaty ⇄ Seoul'`; `cityPair(['ALA', 'ICN'], 'en', ' → ')` → `'Almaty → Seoul'` */
export function cityPair(codes: readonly string[], locale: Locale, separator = ' ⇄ '): string {
	return codes.map((code) => airport(code).city[locale]).join(separator);
}
