import { describe, expect, it } from 'vitest';
import { bowedArc, greatCircleArc, greatCircleDistanceKm, type LatLng } from './geo';

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
});
