/** Directions between airports, named the way the URLs name them: `ala-icn`. */
import type { Service } from '$lib/data/schema';

export interface Direction {
	/** `ala-icn` */
	id: string;
	origin: string;
	destination: string;
}

/** `directionId('ALA', 'ICN')` → `'ala-icn'` */
export function directionId(origin: string, destination: string): string {
	return `${origin}-${destination}`.toLowerCase();
}

/** Every direction some service flies, in the order the services list them. */
export function directionsOf(services: readonly Service[]): Direction[] {
	const seen = new Map<string, Direction>();
	for (const s of services) {
		const id = directionId(s.origin, s.destination);
		if (!seen.has(id)) seen.set(id, { id, origin: s.origin, destination: s.destination });
	}
	return [...seen.values()];
}

/** The direction a URL names, or null. `findDirection(services, 'icn-ala')?.origin` → `'ICN'` */
export function findDirection(services: readonly Service[], id: string | null | undefined): Direction | null {
	if (!id) return null;
	return directionsOf(services).find((d) => d.id === id.toLowerCase()) ?? null;
}

/**
 * A service is "new" for two years after it starts, long enough for a traveller to not yet know it.
 * `isNewService(eastar, new Date('2025-05-01'))` → true
 */
export function isNewService(service: Service, now: Date): boolean {
	if (!service.validFrom) return false;
	const start = new Date(`${service.validFrom.value}T00:00:00Z`).getTime();
	const twoYears = 2 * 365 * 24 * 60 * 60 * 1000;
	return now.getTime() < start + twoYears;
}
