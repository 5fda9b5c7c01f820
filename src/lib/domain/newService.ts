/** When a service is still news to a traveller. */
import type { Service } from '$lib/data/schema';
import { addDays, utcDateOf } from './calendarDate';

/** How long "New" stays on a service after its first flight. */
export const NEW_FOR_DAYS = 90;

/**
 * Whether a service is in its first 90 days: from its first flight (not before: a service that has
 * not started is not yet new) to the 90th day after it.
 * `isNewService(eastar, new Date('2025-04-08T12:00Z'))` → true; `isNewService(eastar, new Date('2026-12-01T00:00Z'))` → false
 */
export function isNewService(service: Pick<Service, 'validFrom'>, now: Date): boolean {
	if (!service.validFrom) return false;
	const today = utcDateOf(now);
	const start = service.validFrom.value;
	return today >= start && today < addDays(start, NEW_FOR_DAYS);
}
