import { describe, expect, it } from 'vitest';
import { around, placeNames, textSize, type PlacingOptions } from './mapLabels';

type Point = [number, number];
const options: PlacingOptions<Point> = {
	toScreen: (p) => p,
	width: 300,
	height: 200,
	obstacles: [],
	sizeOf: () => [40, 10],
	gap: 0
};

describe('placeNames', () => {
	it('writes each name at its first place when nothing is in the way', () => {
		const placed = placeNames([{ id: 'kz', text: 'Kazakhstan', places: [[100, 50], [200, 150]] }], options);
		expect(placed).toEqual([{ id: 'kz', text: 'Kazakhstan', place: [100, 50], x: 100, y: 50 }]);
	});

	it('moves a name to its next place when a line, an airport or an earlier name is in the way', () => {
		const names = [
			{ id: 'kr', text: 'South Korea', places: [[100, 50]] as Point[] },
			{ id: 'kp', text: 'North Korea', places: [[110, 55], [100, 20]] as Point[] },
			{ id: 'jp', text: 'Japan', places: [[200, 100], [250, 100]] as Point[] }
		];
		const placed = placeNames(names, { ...options, obstacles: [around([200, 100], 4)] });
		expect(placed.map((p) => [p.id, p.place])).toEqual([
			['kr', [100, 50]],
			['kp', [100, 20]],
			['jp', [250, 100]]
		]);
	});

	it('leaves out a name with no free place, and one that would run off the frame', () => {
		const names = [
			{ id: 'cn', text: 'China', places: [[100, 100]] as Point[] },
			{ id: 'kg', text: 'Kyrgyzstan', places: [[105, 102]] as Point[] },
			{ id: 'ru', text: 'Russia', places: [[10, 100], [150, -20]] as Point[] }
		];
		expect(placeNames(names, options).map((p) => p.id)).toEqual(['cn']);
	});

	it('keeps a gap around each name', () => {
		const names = [{ id: 'mn', text: 'Mongolia', places: [[100, 100]] as Point[] }];
		expect(placeNames(names, { ...options, obstacles: [around([100, 110], 2)] })).toHaveLength(1);
		expect(placeNames(names, { ...options, gap: 4, obstacles: [around([100, 110], 2)] })).toHaveLength(0);
	});
});

describe('textSize', () => {
	it('gives Hangul a full em and Latin or Cyrillic letters two thirds of one', () => {
		expect(textSize('China', 12)).toEqual([40.8, 15.6]);
		expect(textSize('Китай', 12)).toEqual([40.8, 15.6]);
		expect(textSize('중국', 12)).toEqual([24, 15.6]);
		expect(textSize('South Korea', 10)[0]).toBeCloseTo(74.8, 9);
	});
});
