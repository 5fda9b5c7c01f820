import { describe, expect, it } from 'vitest';
import { around, lineMeetsBox, placeNames, textSize, type PlacingOptions } from './mapLabels';

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

	it('keeps a name off a line that crosses its place between two far points', () => {
		const names = [{ id: 'cn', text: 'China', places: [[150, 100], [150, 30]] as Point[] }];
		// One stretch from the frame's left edge to its right, through the first place.
		const line = [
			[0, 101],
			[300, 99]
		] as const;
		const placed = placeNames(names, { ...options, lines: [line], lineClearance: 4 });
		expect(placed.map((p) => p.place)).toEqual([[150, 30]]);
	});

	it('keeps the clearance it is given from a line', () => {
		const names = [{ id: 'mn', text: 'Mongolia', places: [[100, 100]] as Point[] }];
		// The name's box ends at y = 105; the line runs 3 pixels below it.
		const line = [
			[0, 108],
			[300, 108]
		] as const;
		expect(placeNames(names, { ...options, lines: [line], lineClearance: 2 })).toHaveLength(1);
		expect(placeNames(names, { ...options, lines: [line], lineClearance: 4 })).toHaveLength(0);
	});

	it('keeps a gap around each name', () => {
		const names = [{ id: 'mn', text: 'Mongolia', places: [[100, 100]] as Point[] }];
		expect(placeNames(names, { ...options, obstacles: [around([100, 110], 2)] })).toHaveLength(1);
		expect(placeNames(names, { ...options, gap: 4, obstacles: [around([100, 110], 2)] })).toHaveLength(0);
	});
});

describe('lineMeetsBox', () => {
	const box: [number, number, number, number] = [10, 10, 20, 20];
	it('sees a stretch that crosses the box with both ends outside it', () => {
		expect(lineMeetsBox([[0, 0], [30, 30]], box, 0)).toBe(true);
		expect(lineMeetsBox([[15, -100], [15, 100]], box, 0)).toBe(true);
	});
	it('sees a line whose middle stretch crosses, and a line of one point inside', () => {
		expect(lineMeetsBox([[0, 50], [0, 15], [50, 15], [50, 50]], box, 0)).toBe(true);
		expect(lineMeetsBox([[12, 12]], box, 0)).toBe(true);
	});
	it('passes a stretch beside the box, or ending short of it, unless within the clearance', () => {
		expect(lineMeetsBox([[0, 23], [30, 23]], box, 0)).toBe(false);
		expect(lineMeetsBox([[0, 23], [30, 23]], box, 4)).toBe(true);
		expect(lineMeetsBox([[0, 0], [8, 8]], box, 0)).toBe(false);
		expect(lineMeetsBox([[0, 0], [8, 8]], box, 2)).toBe(true);
		// Diagonal past a corner: it meets the box grown by 2.1 pixels on each side, not less.
		expect(lineMeetsBox([[0, 44.2], [44.2, 0]], box, 0)).toBe(false);
		expect(lineMeetsBox([[0, 44.2], [44.2, 0]], box, 2.2)).toBe(true);
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
