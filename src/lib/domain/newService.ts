/** When a service is still news to a traveller. */
import type { Service } from '$lib/data/schema';
import { utcMidnight } from './calendarDate';

/** How long "New" stays on a service after its first flight. */
export const NEW_FOR_DAYS = 90;

/**
 * Whether a service is in its first 90 days: from its first flight (not before: a service that has
 * not started is not yet new) to the 90th day after it.
 * `isNewService(eastar, new Date('2025-04-08T12:00Z'))` → true; `isNewService(eastar, new Date('2026-12-01T00:00Z'))` → false
 */
export function isNewService(service: Pick<Service, 'validFrom'>, now: Date): boolean {
	if (!service.validFrom) return false;
	// Whole UTC days, counted without date-fns: this runs on every card as the page starts.
	const day = Math.floor(now.getTime() / 86_400_000) * 86_400_000;
	const start = utcMidnight(service.validFrom.value);
	return day >= start && day < start + NEW_FOR_DAYS * 86_400_000;
}
