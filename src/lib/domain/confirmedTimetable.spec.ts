import { describe, expect, it } from 'vitest';
import type { Service } from '$lib/data/schema';
import { confirmedTimetable, newestTimetable } from './confirmedTimetable';
import { service } from './testAirports';
import { leg } from './testServices';

const eastar = service('ze-icn-ala');
const airAstana = service('kc-ala-icn');

/** Eastar Jet's service with a later source confirming its days and times for other seasons. */
function confirmed(days: string[], times: string[]): Service {
	const later = (season: string) => ({ sources: ['sedaily'], published: '2026-01-09', season });
	return {
		...eastar,
		daysOfOperation: { ...eastar.daysOfOperation!, confirmedBy: days.map(later) },
		times: { ...eastar.times!, confirmedBy: times.map(later) }
	};
}

describe('the confirmed timetable', () => {
	it('runs to the end of the season the source announced it for', () => {
		// Announced in April 2025 for summer 2025, which ends on the last Saturday of October.
		expect(confirmedTimetable(eastar)).toEqual({ until: '2025-10-25', season: 'S25', published: '2025-04-08' });
	});

	it('is carried on only by a later source, for both days and times', () => {
		expect(confirmedTimetable(confirmed(['W25'], ['W25']))).toEqual({ until: '2026-03-28', season: 'W25', published: '2026-01-09' });
		// A later source for the times alone does not confirm the days: the earlier end holds.
		expect(confirmedTimetable(confirmed([], ['W25', 'S26']))).toMatchObject({ until: '2025-10-25', season: 'S25' });
		expect(confirmedTimetable(confirmed(['S26'], ['W25', 'S26']))).toMatchObject({ until: '2026-10-24', season: 'S26' });
	});

	it('has nothing to confirm where days and times are not published', () => {
		expect(confirmedTimetable(airAstana)).toBeNull();
	});

	it('ages published days without times like a whole timetable', () => {
		// Wednesdays and Saturdays to Astana, reported in June 2024 for summer 2024.
		const toAstana = leg('kc-icn-nqz', { airline: 'KC', origin: 'ICN', destination: 'NQZ', days: [3, 6], published: '2024-06-12', season: 'S24' });
		expect(toAstana.times).toBeNull();
		expect(confirmedTimetable(toAstana)).toEqual({ until: '2024-10-26', season: 'S24', published: '2024-06-12' });
	});

	it('names the newest timetable among services', () => {
		// A timetable announced in January 2026 beside Eastar Jet's of April 2025.
		const busan = leg('ze-pus-ala', { airline: 'ZE', origin: 'PUS', destination: 'ALA', days: [1, 5], published: '2026-01-09', season: 'S26' });
		expect(newestTimetable([eastar, busan, airAstana])).toBe('2026-01-09');
		expect(newestTimetable([eastar, airAstana])).toBe('2025-04-08');
		expect(newestTimetable([airAstana])).toBeNull();
		expect(newestTimetable([airAstana, confirmed(['W25'], ['W25'])])).toBe('2026-01-09');
	});
});
