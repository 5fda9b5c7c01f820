/** Which dated notices belong on a card or page: those about its airline or about one of its services. */
import type { Notice, Service } from '$lib/data/schema';

/**
 * `noticesAbout(catalog.notices, busanServices).map((n) => n.id)` → `['busan-first-flight']`
 */
export function noticesAbout(notices: readonly Notice[], services: readonly Pick<Service, 'id' | 'airline'>[]): Notice[] {
	const airlines = new Set(services.map((s) => s.airline));
	const ids = new Set(services.map((s) => s.id));
	return notices.filter((n) => ('airline' in n.about ? airlines.has(n.about.airline) : n.about.services.some((id) => ids.has(id))));
}
