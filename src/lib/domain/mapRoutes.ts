/**
 * What the route map draws, as plain data: one bowed great-circle line per airline service, and the
 * box the view must show. Kept apart from Leaflet so the geometry is tested without a browser.
 */
import type { Airline, Airport, Service } from '$lib/data/schema';
import { bowedArc, type LatLng } from './geo';

/** One service's line on the map. */
export interface MapRoute {
	serviceId: string;
	/** Airline IATA code, e.g. `KC`. */
	airline: string;
	/** Airport IATA codes in the direction of travel. */
	origin: string;
	destination: string;
	/** From the origin to the destination, ends exactly on the airports. */
	points: LatLng[];
}

export interface MapRouteOptions {
	/**
	 * Sideways gap between neighbouring lines, as a fraction of the leg's length. Wide enough that six
	 * lines on ALA–ICN stay apart on a 360 px phone, narrow enough that they still read as one route.
	 */
	laneSpacing?: number;
	/** Points per line; 64 keeps the curve smooth at city zoom. */
	segments?: number;
}

type ServiceOnMap = Pick<Service, 'id' | 'airline' | 'origin' | 'destination'>;
type AirportOnMap = Pick<Airport, 'iata' | 'latitude' | 'longitude'>;

/**
 * One bowed line per service, bowed so that no two services on an airport pair overlap.
 * `mapRoutes(catalog.services, catalog.airports, catalog.airlines)[0]` →
 * `{ serviceId: 'kc-ala-icn', airline: 'KC', origin: 'ALA', destination: 'ICN', points: [[43.36, 77.04], …, [37.46, 126.44]] }`
 */
export function mapRoutes(
	services: readonly ServiceOnMap[],
	airports: readonly AirportOnMap[],
	airlines: readonly Pick<Airline, 'iata'>[],
	{ laneSpacing = 0.04, segments = 64 }: MapRouteOptions = {}
): MapRoute[] {
	const positions = new Map<string, LatLng>(airports.map((a) => [a.iata, [a.latitude, a.longitude]]));
	const position = (code: string, serviceId: string): LatLng => {
		const found = positions.get(code);
		if (!found) throw new Error(`Service ${serviceId} flies to or from ${code}, which is not a known airport`);
		return found;
	};

	// bowedArc bows to the left of travel, so giving both directions the same bow puts them on opposite
	// sides of the great circle: eastbound above, westbound below, each airline a symmetric pair of lines
	// whose lanes widen outwards. Lanes count within one direction of one airport pair only.
	const airlineRank = new Map(airlines.map((a, i) => [a.iata, i]));
	const rank = (code: string) => airlineRank.get(code) ?? airlines.length;
	const inLaneOrder = [...services].sort(
		(a, b) =>
			rank(a.airline) - rank(b.airline) ||
			compare(a.airline, b.airline) ||
			compare(a.id, b.id)
	);
	const lanesTaken = new Map<string, number>();
	const laneOf = new Map<string, number>();
	for (const service of inLaneOrder) {
		const direction = `${service.origin}>${service.destination}`;
		const lane = lanesTaken.get(direction) ?? 0;
		lanesTaken.set(direction, lane + 1);
		laneOf.set(service.id, lane);
	}

	return services.map((service) => {
		const from = position(service.origin, service.id);
		const to = position(service.destination, service.id);
		if (service.origin === service.destination) {
			throw new Error(`Service ${service.id} starts and ends at ${service.origin}`);
		}
		const bow = ((laneOf.get(service.id) ?? 0) + 0.5) * laneSpacing;
		const points = bowedArc(from, to, bow, segments);
		// Pin the ends to the airports exactly, whatever rounding the bow or the arc did.
		points[0] = [...from];
		points[points.length - 1] = [...to];
		return {
			serviceId: service.id,
			airline: service.airline,
			origin: service.origin,
			destination: service.destination,
			points
		};
	});
}

/** Plain code-point order, so the result does not depend on the device's locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Place = LatLng | { latitude: number; longitude: number };

/**
 * The box to show around airports (and any line points), padded by `padding` of its size on every side.
 * `mapBounds(catalog.airports)` → `[[36.5, 69.6], [44.4, 133.8]]`
 * Lines across the 180° meridian are not handled: no route here comes near it.
 */
export function mapBounds(places: readonly Place[], padding = 0.15): [[number, number], [number, number]] {
	if (places.length === 0) throw new Error('mapBounds needs at least one place');
	let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const place of places) {
		const [lat, lng] = Array.isArray(place) ? place : [place.latitude, place.longitude];
		south = Math.min(south, lat);
		north = Math.max(north, lat);
		west = Math.min(west, lng);
		east = Math.max(east, lng);
	}
	// At least a degree, so a single airport still gets a box a map can zoom to.
	const padLat = Math.max((north - south) * padding, 1);
	const padLng = Math.max((east - west) * padding, 1);
	return [
		[Math.max(south - padLat, -85), Math.max(west - padLng, -180)],
		[Math.min(north + padLat, 85), Math.min(east + padLng, 180)]
	];
}
