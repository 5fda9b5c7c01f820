import { describe, expect, it } from 'vitest';
import { firstFlight, holdsOn, timetablesOn } from './timetablesOn';
import { leg } from './testServices';

// One airline's seasons on a route, as SCAT publishes them: each season its own days and times.
const summerMon = leg('out-s25-mon', { days: [1], from: '2025-05-29', to: '2025-10-25', season: 'S25' });
const summerThu = leg('out-s25-thu', { days: [4], from: '2025-05-29', to: '2025-10-25', season: 'S25' });
const summerBack = leg('back-s25', { origin: 'ICN', destination: 'CIT', days: [2, 5], from: '2025-05-29', to: '2025-10-25', season: 'S25' });
const winterOut = leg('out-w25', { days: [1, 4], from: '2025-10-26', to: '2026-03-28', season: 'W25' });
const winterBack = leg('back-w25', { origin: 'ICN', destination: 'CIT', days: [2, 5], from: '2025-10-26', to: '2026-03-28', season: 'W25' });
const spring = leg('back-s26', { origin: 'ICN', destination: 'CIT', days: [1, 2, 5], from: '2026-03-30', to: '2026-07-10', announced: true });
const july = leg('back-s26-jul', { origin: 'ICN', destination: 'CIT', days: [1, 2, 5, 6], from: '2026-07-11', announced: true });
const all = [summerMon, summerThu, summerBack, winterOut, winterBack, spring, july];
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('holdsOn', () => {
	it('includes both ends of a period and leaves an open end open', () => {
		expect(holdsOn(summerMon, '2025-05-29')).toBe(true);
		expect(holdsOn(summerMon, '2025-10-25')).toBe(true);
		expect(holdsOn(summerMon, '2025-10-26')).toBe(false);
		expect(holdsOn(july, '2031-01-01')).toBe(true);
		expect(holdsOn(leg('open'), '1999-01-01')).toBe(true);
	});
});

describe('timetablesOn', () => {
	it('gives every timetable in effect on the day, in catalog order', () => {
		expect(ids(timetablesOn(all, '2025-06-01').current)).toEqual(['out-s25-mon', 'out-s25-thu', 'back-s25']);
		expect(ids(timetablesOn(all, '2025-12-01').current)).toEqual(['out-w25', 'back-w25']);
	});

	it('lists nothing as current between two timetables, and the coming one as next', () => {
		// The return's winter timetable is not published: from November to March it has none.
		const gap = timetablesOn([summerBack, spring], '2025-12-01');
		expect(gap.current).toEqual([]);
		expect(ids(gap.next)).toEqual(['back-s26']);
	});

	it('gives the next to start where a direction has none yet, and the next announced beside the current one', () => {
		// Before the first flight, the first timetable; in spring, July's step as the next.
		expect(ids(timetablesOn(all, '2025-05-01').current)).toEqual(['out-s25-mon', 'out-s25-thu', 'back-s25']);
		const may = timetablesOn(all, '2026-05-01');
		expect(ids(may.current)).toEqual(['out-w25', 'back-s26']);
		expect(ids(may.next)).toEqual(['back-s26-jul']);
	});

	it('keeps the last timetable of a direction whose every period has ended, and one with no end for ever', () => {
		const winter = timetablesOn(all, '2026-12-02');
		expect(ids(winter.current)).toEqual(['out-w25', 'back-s26-jul']);
		expect(winter.next).toEqual([]);
	});
});

describe('firstFlight', () => {
	it('is the earliest start among the timetables, or null where none gives one', () => {
		expect(firstFlight(all)?.value).toBe('2025-05-29');
		expect(firstFlight([leg('a'), leg('b')])).toBeNull();
	});
});
