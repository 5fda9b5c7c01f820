import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { greatCircleArc, greatCircleDistanceKm, type LatLng } from './geo';
import { mapBounds, mapRoutes, type MapRoute } from './mapRoutes';

const { services, airports, airlines } = catalog;
const ala: LatLng = [43.35528, 77.04472];
const icn: LatLng = [37.46333, 126.44];
const midpoint = (route: MapRoute) => route.points[Math.floor(route.points.length / 2)]!;
/** Positive north of the plain great circle, negative south of it, in km at the middle of the leg. */
const sideOfGreatCircle = (route: MapRoute) => {
	const plainMid = greatCircleArc(ala, icn, 64)[32]!;
	const mid = midpoint(route);
	return Math.sign(mid[0] - plainMid[0]) * greatCircleDistanceKm(mid, plainMid);
};

describe('mapRoutes', () => {
	const routes = mapRoutes(services, airports, airlines);

	it('draws one line per service, in the order given, from its origin to its destination', () => {
		expect(services.length).toBe(6);
		expect(routes.map((r) => r.serviceId)).toEqual(services.map((s) => s.id));
		for (const route of routes) {
			const service = services.find((s) => s.id === route.serviceId)!;
			expect(route).toMatchObject({
				airline: service.airline,
				origin: service.origin,
				destination: service.destination
			});
			const [from, to] = service.origin === 'ALA' ? [ala, icn] : [icn, ala];
			expect(route.points).toHaveLength(65);
			expect(route.points[0]).toEqual(from);
			expect(route.points.at(-1)).toEqual(to);
		}
	});

	it('keeps every pair of lines apart in the middle of the leg', () => {
		for (const [i, a] of routes.entries()) {
			for (const b of routes.slice(i + 1)) {
				const gap = greatCircleDistanceKm(midpoint(a), midpoint(b));
				expect(gap, `${a.serviceId} vs ${b.serviceId}`).toBeGreaterThan(100);
			}
		}
	});

	it('puts no line on the plain great circle, and spreads them evenly on both sides of it', () => {
		const sides = routes.map(sideOfGreatCircle).sort((a, b) => a - b);
		expect(sides.every((km) => Math.abs(km) > 50)).toBe(true);
		expect(sides.filter((km) => km > 0)).toHaveLength(3);
		// Mirror images: the k-th line north is as far out as the k-th line south.
		for (let k = 0; k < 3; k++) expect(sides[k]! + sides[5 - k]!).toBeCloseTo(0, -1);
		// Even gaps between neighbours, within 10 %.
		const gaps = sides.slice(1).map((km, i) => km - sides[i]!);
		expect(Math.max(...gaps) / Math.min(...gaps)).toBeLessThan(1.1);
	});

	it("draws an airline's two directions as a mirrored pair, eastbound north and westbound south", () => {
		for (const airline of ['KC', 'OZ', 'ZE']) {
			const east = routes.find((r) => r.airline === airline && r.origin === 'ALA')!;
			const west = routes.find((r) => r.airline === airline && r.origin === 'ICN')!;
			expect(sideOfGreatCircle(east)).toBeGreaterThan(0);
			expect(sideOfGreatCircle(west)).toBeLessThan(0);
			expect(sideOfGreatCircle(east) + sideOfGreatCircle(west)).toBeCloseTo(0, -1);
		}
		// The first airline listed keeps the inner lanes.
		const outward = (airline: string) =>
			Math.abs(sideOfGreatCircle(routes.find((r) => r.airline === airline)!));
		expect(outward(airlines[0]!.iata)).toBeLessThan(outward(airlines[1]!.iata));
		expect(outward(airlines[1]!.iata)).toBeLessThan(outward(airlines[2]!.iata));
	});

	it('gives the same lines whatever order the services come in', () => {
		const again = mapRoutes(services, airports, airlines);
		expect(again).toEqual(routes);
		const shuffled = mapRoutes([...services].reverse(), [...airports].reverse(), airlines);
		for (const route of routes) {
			expect(shuffled.find((r) => r.serviceId === route.serviceId)).toEqual(route);
		}
	});

	it('starts lanes afresh on another airport pair', () => {
		const tse = { iata: 'NQZ', latitude: 51.0222, longitude: 71.4669 };
		const extra = { id: 'kc-nqz-icn', airline: 'KC', origin: 'NQZ', destination: 'ICN' };
		const withOther = mapRoutes([...services, extra], [...airports, tse], airlines);
		const alone = mapRoutes([extra], [...airports, tse], airlines);
		expect(withOther.at(-1)).toEqual(alone[0]);
		expect(withOther.slice(0, 6)).toEqual(routes);
	});

	it('refuses a service to an unknown airport', () => {
		const stray = { id: 'kc-ala-xyz', airline: 'KC', origin: 'ALA', destination: 'XYZ' };
		expect(() => mapRoutes([stray], airports, airlines)).toThrow(/kc-ala-xyz.*XYZ/);
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
		expect(mapBounds(airports).flat().map((d) => Math.round(d * 10) / 10)).toEqual([36.5, 69.6, 44.4, 133.8]);
	});

	it('takes line points too, so bowed lines fit in the view', () => {
		const points = mapRoutes(services, airports, airlines).flatMap((r) => r.points);
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
