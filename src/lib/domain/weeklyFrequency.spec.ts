import { describe, expect, it } from 'vitest';
import type { WeeklyFrequency } from '$lib/data/schema';
import { frequenciesOn } from './weeklyFrequency';

const fact = (value: number, from?: string): WeeklyFrequency => ({
	value,
	sources: ['gtn'],
	confidence: 'high',
	published: '2026-01-30',
	season: 'S26',
	...(from ? { from } : {})
});
// SCAT's Shymkent–Incheon steps, newest first as in the data.
const steps = [fact(4, '2026-07-11'), fact(3, '2026-03-30'), fact(2, '2025-05-29')];

describe('frequenciesOn', () => {
	it('takes the newest step that has started and lists the later ones as planned', () => {
		const on = frequenciesOn(steps, '2026-05-01');
		expect(on.current?.value).toBe(3);
		expect(on.planned.map((f) => f.value)).toEqual([4]);
		expect(on.earlier.map((f) => f.value)).toEqual([2]);
	});

	it('starts a step on its own day, not the day after', () => {
		expect(frequenciesOn(steps, '2026-07-10').current?.value).toBe(3);
		expect(frequenciesOn(steps, '2026-07-11').current?.value).toBe(4);
	});

	it('lists every step as planned, soonest first, before the first flight', () => {
		const on = frequenciesOn(steps, '2025-05-01');
		expect(on.current).toBeNull();
		expect(on.planned.map((f) => f.value)).toEqual([2, 3, 4]);
	});

	it('reads a figure without a start day as holding from its report', () => {
		const on = frequenciesOn([fact(7), fact(6)], '2020-01-01');
		expect(on.current?.value).toBe(7);
		expect(on.earlier.map((f) => f.value)).toEqual([6]);
	});

	it('has nothing to say about a route with no figure', () => {
		expect(frequenciesOn([], '2026-01-01')).toEqual({ current: null, planned: [], earlier: [] });
	});
});
