import { describe, expect, it } from 'vitest';
import { bowedArc, greatCircleArc, greatCircleBow, greatCircleDistanceKm, type LatLng } from './geo';

const ala: LatLng = [43.35528, 77.04472];
const icn: LatLng = [37.46333, 126.44];

describe('great-circle geometry', () => {
	it('measures ALA–ICN at about 4,171 km on a 6,371 km sphere', () => {
		expect(greatCircleDistanceKm(ala, icn)).toBeCloseTo(4171, -1);
		expect(Math.round(greatCircleDistanceKm(ala, icn))).toBeGreaterThanOrEqual(4165);
		expect(Math.round(greatCircleDistanceKm(ala, icn))).toBeLessThanOrEqual(4175);
		expect(greatCircleDistanceKm(ala, ala)).toBe(0);
		expect(greatCircleDistanceKm(ala, icn)).toBeCloseTo(greatCircleDistanceKm(icn, ala), 9);
	});

	it('draws the arc from one airport to the other along the great circle', () => {
		const arc = greatCircleArc(ala, icn, 32);
		expect(arc).toHaveLength(33);
		expect(arc[0]![0]).toBeCloseTo(ala[0], 9);
		expect(arc[32]![1]).toBeCloseTo(icn[1], 9);
		// The great circle between these two bends north of the straight lat/lng line.
		const mid = arc[16]!;
		expect(mid[0]).toBeGreaterThan((ala[0] + icn[0]) / 2);
		// Each step covers the same distance.
		const steps = arc.slice(1).map((p, i) => greatCircleDistanceKm(arc[i]!, p));
		expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(0.001);
	});

	it('bows arcs apart in the middle but keeps their ends on the airports', () => {
		const plain = greatCircleArc(ala, icn, 16);
		const left = bowedArc(ala, icn, 0.06, 16);
		const right = bowedArc(ala, icn, -0.06, 16);
		expect(bowedArc(ala, icn, 0, 16)).toEqual(plain);
		expect(left[0]).toEqual(plain[0]);
		expect(left[16]![0]).toBeCloseTo(icn[0], 9);
		// Travelling east, left is north.
		expect(left[8]![0]).toBeGreaterThan(plain[8]![0]);
		expect(right[8]![0]).toBeLessThan(plain[8]![0]);
		expect(greatCircleDistanceKm(left[8]!, right[8]!)).toBeGreaterThan(300);
	});

	it('measures how far the great circle bows from the straight line, and to which side', () => {
		// North of the straight line, which is to the left going east and to the right going west.
		expect(greatCircleBow(ala, icn)).toBeCloseTo(0.0743, 3);
		expect(greatCircleBow(icn, ala)).toBeCloseTo(-greatCircleBow(ala, icn), 9);
		// Pushing the great circle back by its own bow puts its middle on the straight line.
		const straightened = bowedArc(ala, icn, -greatCircleBow(ala, icn), 2)[1]!;
		const straightAt = (lng: number) => ala[0] + ((lng - ala[1]) / (icn[1] - ala[1])) * (icn[0] - ala[0]);
		expect(straightened[0]).toBeCloseTo(straightAt(straightened[1]), 6);
		// Along a meridian or the equator the great circle is the straight line.
		expect(greatCircleBow([10, 20], [50, 20])).toBeCloseTo(0, 12);
		expect(greatCircleBow([0, 20], [0, 60])).toBeCloseTo(0, 12);
		expect(greatCircleBow(ala, ala)).toBe(0);
	});
});
