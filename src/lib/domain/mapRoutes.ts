/**
 * What the route map draws, as plain data: one line per airline on each airport pair, close to the
 * great circle, and the box the view must show. Kept apart from Leaflet so the geometry is tested
 * without a browser.
 */
import type { Airline, Airport, Service } from '$lib/data/schema';
import { bowedArc, greatCircleBow, type LatLng } from './geo';
import { directionId } from './routes';

/** One airline's line on one airport pair: both directions of its flights share it. */
export interface MapLine {
	/** `KC ala-icn`: the airline and the pair. */
	id: string;
	/** Airline IATA code, e.g. `KC`. */
	airline: string;
	/** The pair, named by its directionId in alphabetical order: `ala-icn` for both ALA → ICN and ICN → ALA. */
	pair: string;
	/** The pair's airports in the order the line runs (alphabetical), e.g. `['ALA', 'ICN']`. */
	ends: [string, string];
	/** Direction ids the airline flies on the pair, in alphabetical order: `['ala-icn', 'icn-ala']`. */
	directions: string[];
	/** From the first end to the second, ending exactly on the airports. */
	points: LatLng[];
}

export interface MapLineOptions {
	/**
	 * Sideways gap between neighbouring lines at mid-leg, as a fraction of the leg's length: about
	 * 5 px on ALA–ICN on a 360 px phone, so three lines stay apart and still read as one route.
	 */
	laneSpacing?: number;
	/** Points per line; 64 keeps the curve smooth at city zoom. */
	segments?: number;
}

type ServiceOnMap = Pick<Service, 'id' | 'airline' | 'origin' | 'destination'>;
type AirportOnMap = Pick<Airport, 'iata' | 'latitude' | 'longitude'>;

/**
 * The sideways bows of `count` lanes, outermost first, in `bowedArc`'s units, for a pair whose great
 * circle bows by `greatCircle`. The lanes sit `spacing` apart, centred on the great circle, and move
 * out as a group only as far as needed to keep the innermost at least half the great circle's bow
 * from the straight line: every line stays on the great circle's side of it.
 * `laneBows(3, 0.03, 0.074)` → `[0.03, 0, -0.03]`; `laneBows(3, 0.06, 0.074)` → `[0.083, 0.023, -0.037]`
 */
export function laneBows(count: number, spacing: number, greatCircle: number): number[] {
	const side = greatCircle < 0 ? -1 : 1;
	const half = ((count - 1) / 2) * spacing;
	const shift = Math.max(0, half - Math.abs(greatCircle) / 2);
	return Array.from({ length: count }, (_, lane) => side * (shift + half - lane * spacing));
}

/**
 * One line per airline per airport pair, in the order of the airlines, then of the pairs as the
 * services first name them. The airlines listed first take the outer lanes, on the great circle's
 * side; a line keeps its lane whatever the page shows, since lanes are laid out over all `services`.
 * `mapLines(catalog.services, catalog.airports, catalog.airlines)[0]` →
 * `{ id: 'KC ala-icn', airline: 'KC', pair: 'ala-icn', ends: ['ALA', 'ICN'], directions: ['ala-icn', 'icn-ala'], points: [[43.36, 77.04], …, [37.46, 126.44]] }`
 */
export function mapLines(
	services: readonly ServiceOnMap[],
	airports: readonly AirportOnMap[],
	airlines: readonly Pick<Airline, 'iata'>[],
	{ laneSpacing = 0.03, segments = 64 }: MapLineOptions = {}
): MapLine[] {
	const positions = new Map<string, LatLng>(airports.map((a) => [a.iata, [a.latitude, a.longitude]]));
	const position = (code: string, serviceId: string): LatLng => {
		const found = positions.get(code);
		if (!found) throw new Error(`Service ${serviceId} flies to or from ${code}, which is not a known airport`);
		return found;
	};

	const lines = new Map<string, Omit<MapLine, 'points'>>();
	for (const service of services) {
		if (service.origin === service.destination) throw new Error(`Service ${service.id} starts and ends at ${service.origin}`);
		position(service.origin, service.id);
		position(service.destination, service.id);
		const ends = [service.origin, service.destination].sort(compare) as [string, string];
		const pair = directionId(...ends);
		const id = `${service.airline} ${pair}`;
		const line = lines.get(id) ?? { id, airline: service.airline, pair, ends, directions: [] };
		const direction = directionId(service.origin, service.destination);
		if (!line.directions.includes(direction)) line.directions = [...line.directions, direction].sort(compare);
		lines.set(id, line);
	}

	const airlineRank = new Map(airlines.map((a, i) => [a.iata, i]));
	const rank = (code: string) => airlineRank.get(code) ?? airlines.length;
	const pairs = [...new Set([...lines.values()].map((line) => line.pair))];
	const inOrder = [...lines.values()].sort(
		(a, b) => rank(a.airline) - rank(b.airline) || compare(a.airline, b.airline) || pairs.indexOf(a.pair) - pairs.indexOf(b.pair)
	);

	return inOrder.map((line) => {
		const [from, to] = line.ends.map((code) => positions.get(code)!) as [LatLng, LatLng];
		const onPair = inOrder.filter((other) => other.pair === line.pair);
		const bows = laneBows(onPair.length, laneSpacing, greatCircleBow(from, to));
		const points = bowedArc(from, to, bows[onPair.indexOf(line)]!, segments);
		// Pin the ends to the airports exactly, whatever rounding the bow or the arc did.
		points[0] = [...from];
		points[points.length - 1] = [...to];
		return { ...line, points };
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
