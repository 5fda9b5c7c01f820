import { describe, expect, it } from 'vitest';
import { greatCircleArc, greatCircleBow, greatCircleDistanceKm, type LatLng } from './geo';
import { laneBows, mapBounds, mapLines, type MapLine } from './mapRoutes';
import { webMercator } from './mapView';
import { airAstana, almaty, asiana, astana, busan, eastarJet, incheon, scat, services, shymkent } from './testAirports';

// Almaty–Seoul, where three airlines share the pair (the tests' own records); other routes are laid
// out on their own (below).
const airports = [almaty, incheon];
const airlines = [airAstana, asiana, eastarJet, scat];
const ala: LatLng = [almaty.latitude, almaty.longitude];
const icn: LatLng = [incheon.latitude, incheon.longitude];
const greatCircle = greatCircleArc(ala, icn, 64);

/**
 * Where a point lies from the straight line between the airports as the map draws it (Web
 * Mercator), in zoom-0 units: positive on the north side, negative on the south.
 */
function northOfStraightLine(point: LatLng): number {
	const [ax, ay] = webMercator(ala);
	const [bx, by] = webMercator(icn);
	const [px, py] = webMercator(point);
	// Cross product of ALA→ICN and ALA→point; screen y grows southwards, so north is negative.
	return -((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / Math.hypot(bx - ax, by - ay);
}
const middle = (line: MapLine) => line.points[32]!;

describe('mapLines', () => {
	const lines = mapLines(services, airports, airlines);

	it('draws one line per airline on the airport pair, which both its directions share', () => {
		expect(lines.map((line) => line.id)).toEqual(['KC ala-icn', 'OZ ala-icn', 'ZE ala-icn']);
		for (const line of lines) {
			expect(line).toMatchObject({ pair: 'ala-icn', ends: ['ALA', 'ICN'] });
			expect(line.directions).toEqual(['ala-icn', 'icn-ala']);
			expect(line.points).toHaveLength(65);
			expect(line.points[0]).toEqual(ala);
			expect(line.points.at(-1)).toEqual(icn);
		}
	});

	it('keeps every line on the great circle’s side of the straight line, all along it', () => {
		// The great circle itself bows north of the straight line on the map.
		expect(northOfStraightLine(greatCircle[32]!)).toBeGreaterThan(0.5);
		for (const line of lines) {
			for (const point of line.points.slice(1, -1)) {
				expect(northOfStraightLine(point), line.id).toBeGreaterThan(0);
			}
			// At mid-leg, at least half as far from the straight line as the great circle is.
			expect(northOfStraightLine(middle(line))).toBeGreaterThan(northOfStraightLine(greatCircle[32]!) / 2);
		}
	});

	it('keeps every line close to the great circle, and apart from its neighbours by a small gap', () => {
		for (const line of lines) {
			const farthest = Math.max(...line.points.map((point, i) => greatCircleDistanceKm(point, greatCircle[i]!)));
			expect(farthest, line.id).toBeLessThan(150);
		}
		// The middle line is the great circle; the others are one gap either side of it.
		expect(greatCircleDistanceKm(middle(lines[1]!), greatCircle[32]!)).toBeLessThan(1);
		const gaps = [greatCircleDistanceKm(middle(lines[0]!), middle(lines[1]!)), greatCircleDistanceKm(middle(lines[1]!), middle(lines[2]!))];
		for (const km of gaps) {
			expect(km).toBeGreaterThan(100);
			expect(km).toBeLessThan(150);
		}
		// The first airline listed is the outermost, to the north.
		expect(northOfStraightLine(middle(lines[0]!))).toBeGreaterThan(northOfStraightLine(middle(lines[1]!)));
		expect(northOfStraightLine(middle(lines[1]!))).toBeGreaterThan(northOfStraightLine(middle(lines[2]!)));
	});

	it('gives the same lines whatever order the services come in, and for one direction as for both', () => {
		expect(mapLines([...services].reverse(), [...airports].reverse(), airlines)).toEqual(lines);
		const eastbound = mapLines(
			services.filter((s) => s.origin === 'ALA'),
			airports,
			airlines
		);
		expect(eastbound.map((line) => line.directions)).toEqual([['ala-icn'], ['ala-icn'], ['ala-icn']]);
		expect(eastbound.map((line) => line.points)).toEqual(lines.map((line) => line.points));
	});

	it('draws an airline that flies one way only, and lays out another pair’s lanes on their own', () => {
		const oneWay = { id: 'kc-nqz-icn', airline: 'KC', origin: 'NQZ', destination: 'ICN' };
		const withOther = mapLines([...services, oneWay], [...airports, astana], airlines);
		expect(withOther.map((line) => line.id)).toEqual(['KC ala-icn', 'KC icn-nqz', 'OZ ala-icn', 'ZE ala-icn']);
		const alone = mapLines([oneWay], [...airports, astana], airlines)[0]!;
		expect(alone).toMatchObject({ pair: 'icn-nqz', ends: ['ICN', 'NQZ'], directions: ['nqz-icn'] });
		// Alone on its pair, the line is the great circle itself.
		expect(withOther[1]).toEqual(alone);
		expect(alone.points[16]![0]).toBeCloseTo(greatCircleArc(icn, [astana.latitude, astana.longitude], 64)[16]![0], 9);
		expect(withOther.filter((line) => line.pair === 'ala-icn')).toEqual(lines);
	});

	it('lays out every route of a network on its own, each line alone on its pair on its great circle', () => {
		// Almaty–Seoul's three airlines, then four pairs of one airline each; SCAT with two timetables.
		const flight = (id: string) => ({ id, airline: id.slice(0, 2).toUpperCase(), origin: id.slice(3, 6).toUpperCase(), destination: id.slice(7, 10).toUpperCase() });
		const network = [
			...services,
			...['kc-nqz-icn', 'kc-icn-nqz', 'dv-cit-icn-s25', 'dv-cit-icn-w25', 'dv-icn-cit', 'ze-pus-ala', 'ze-ala-pus', 'oz-pus-ala'].map(flight)
		];
		const all = [almaty, incheon, astana, shymkent, busan];
		const drawn = mapLines(network, all, airlines);
		expect(drawn.map((line) => line.id)).toEqual(['KC ala-icn', 'KC icn-nqz', 'OZ ala-icn', 'OZ ala-pus', 'ZE ala-icn', 'ZE ala-pus', 'DV cit-icn']);
		expect(drawn.find((line) => line.id === 'DV cit-icn')!.directions).toEqual(['cit-icn', 'icn-cit']);
		expect(drawn.filter((line) => line.pair === 'ala-icn')).toEqual(lines);
		for (const line of drawn.filter((l) => l.pair === 'icn-nqz' || l.pair === 'cit-icn')) {
			const [from, to] = line.ends.map((code) => all.find((a) => a.iata === code)!).map((a) => [a.latitude, a.longitude] as LatLng);
			const circle = greatCircleArc(from!, to!, 64);
			expect(Math.max(...line.points.map((point, i) => greatCircleDistanceKm(point, circle[i]!))), line.id).toBeLessThan(1);
		}
		// Two airlines on Busan–Almaty share it as Almaty–Seoul's three do: apart, neither on the great circle.
		const [asianaBusan, eastarBusan] = drawn.filter((line) => line.pair === 'ala-pus') as [MapLine, MapLine];
		expect(greatCircleDistanceKm(middle(asianaBusan), middle(eastarBusan))).toBeGreaterThan(100);
	});

	it('refuses a service to an unknown airport, or from an airport to itself', () => {
		const stray = { id: 'kc-ala-xyz', airline: 'KC', origin: 'ALA', destination: 'XYZ' };
		expect(() => mapLines([stray], airports, airlines)).toThrow(/kc-ala-xyz.*XYZ/);
		const loop = { id: 'kc-ala-ala', airline: 'KC', origin: 'ALA', destination: 'ALA' };
		expect(() => mapLines([loop], airports, airlines)).toThrow(/kc-ala-ala/);
	});
});

describe('laneBows', () => {
	it('centres the lanes on the great circle when they fit inside half its bow', () => {
		const bows = laneBows(3, 0.03, 0.074);
		expect(bows.map((b) => Math.round(b * 1000) / 1000)).toEqual([0.03, 0, -0.03]);
		expect(laneBows(1, 0.03, 0.074)).toEqual([0]);
		expect(laneBows(2, 0.03, 0.074).map((b) => Math.round(b * 1000) / 1000)).toEqual([0.015, -0.015]);
	});

	it('moves the lanes out together when the innermost would come within half the bow of the straight line', () => {
		const bows = laneBows(3, 0.06, 0.074);
		expect(bows.map((b) => Math.round(b * 1000) / 1000)).toEqual([0.083, 0.023, -0.037]);
		expect(0.074 + bows[2]!).toBeCloseTo(0.037, 9);
		// A great circle bowing right of travel (westbound): the same lanes mirrored.
		expect(laneBows(3, 0.06, -0.074)).toEqual(bows.map((b) => -b));
		// No bow at all (along a meridian): the innermost on the straight line, the others to its left.
		expect(laneBows(3, 0.03, 0).map((b) => Math.round(b * 1000) / 1000)).toEqual([0.06, 0.03, 0]);
	});

	it('matches the great circle’s own bow on ALA–ICN', () => {
		expect(greatCircleBow(ala, icn)).toBeCloseTo(0.074, 3);
	});
});

describe('mapBounds', () => {
	it('boxes both airports with room on every side', () => {
		const [[south, west], [north, east]] = mapBounds(airports);
		expect(south).toBeLessThan(icn[0]);
		expect(north).toBeGreaterThan(ala[0]);
		expect(west).toBeLessThan(ala[1] - 5);
		expect(east).toBeGreaterThan(icn[1] + 5);
		expect(east - west).toBeLessThan(70);
		expect(mapBounds(airports).flat().map((d) => Math.round(d * 10) / 10)).toEqual([36.5, 69.6, 44.4, 133.9]);
	});

	it('takes line points too, so bowed lines fit in the view', () => {
		const points = mapLines(services, airports, airlines).flatMap((line) => line.points);
		const [[south], [north]] = mapBounds(points);
		for (const [lat] of points) {
			expect(lat).toBeGreaterThan(south);
			expect(lat).toBeLessThan(north);
		}
		expect(north).toBeGreaterThan(mapBounds(airports)[1][0]);
	});

	it('gives a lone airport a box to zoom to, and refuses none', () => {
		const [[south, west], [north, east]] = mapBounds([ala]);
		expect(north - south).toBeCloseTo(2, 9);
		expect(east - west).toBeCloseTo(2, 9);
		expect(() => mapBounds([])).toThrow();
	});
});
