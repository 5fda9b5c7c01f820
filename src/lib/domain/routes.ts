/** Directions between airports, named the way the URLs name them: `ala-icn`. */
import type { RouteFact, Service } from '$lib/data/schema';

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
 * The figures that count one airport pair, in either direction: never a country-wide total.
 * `factsOnPair(catalog.routeFacts, 'ICN', 'ALA').map((f) => f.id)` → `['ala-icn-weekly-2024-06', 'ala-icn-passengers-2025']`
 */
export function factsOnPair(facts: readonly RouteFact[], a: string, b: string): RouteFact[] {
	return facts.filter((f) => 'airports' in f.scope && f.scope.airports.includes(a) && f.scope.airports.includes(b));
}

/** A route: an airport pair, both directions, as a traveller names it ("Almaty–Seoul"). */
export interface Route {
	/** The direction the catalog lists first: `ala-icn`. */
	id: string;
	/** The two airports, in the order of that first direction. */
	airports: [string, string];
	/** Its directions, in the order the services list them. */
	directions: Direction[];
}

/**
 * Every route some service flies, in catalog order: Almaty–Seoul comes first because the catalog
 * lists it first. `routesOf(catalog.services).map((r) => r.id)` → `['ala-icn', 'nqz-icn', 'cit-icn', 'pus-ala']`
 */
export function routesOf(services: readonly Service[]): Route[] {
	const routes = new Map<string, Route>();
	for (const direction of directionsOf(services)) {
		const key = [direction.origin, direction.destination].sort().join('-');
		const route = routes.get(key);
		if (route) route.directions.push(direction);
		else routes.set(key, { id: direction.id, airports: [direction.origin, direction.destination], directions: [direction] });
	}
	return [...routes.values()];
}

/** The services flying a route, either way. */
export function servicesOnRoute(services: readonly Service[], airports: readonly [string, string]): Service[] {
	return services.filter((s) => airports.includes(s.origin) && airports.includes(s.destination));
}

/** The airlines that fly some of `services`, in the order `airlines` lists them: a page's airline filter. */
export function airlinesFlying<A extends { iata: string }>(airlines: readonly A[], services: readonly Service[]): A[] {
	return airlines.filter((a) => services.some((s) => s.airline === a.iata));
}
