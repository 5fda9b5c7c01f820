import { describe, expect, it } from 'vitest';
import { airlineSeason, lastSunday } from './airlineSeason';

describe('IATA seasons', () => {
	it('finds the last Sunday of a month', () => {
		expect(lastSunday(2025, 3)).toBe('2025-03-30');
		expect(lastSunday(2025, 10)).toBe('2025-10-26');
		expect(lastSunday(2026, 3)).toBe('2026-03-29');
		// A month whose last day is a Sunday.
		expect(lastSunday(2026, 5)).toBe('2026-05-31');
	});

	it('runs summer from the last Sunday of March to the last Saturday of October', () => {
		expect(airlineSeason('S25')).toEqual({ code: 'S25', kind: 'summer', year: 2025, start: '2025-03-30', end: '2025-10-25' });
		expect(airlineSeason('S24')).toMatchObject({ start: '2024-03-31', end: '2024-10-26' });
	});

	it('runs winter from the last Sunday of October to the last Saturday of the next March', () => {
		expect(airlineSeason('W25')).toEqual({ code: 'W25', kind: 'winter', year: 2025, start: '2025-10-26', end: '2026-03-28' });
		expect(airlineSeason('W21')).toMatchObject({ start: '2021-10-31', end: '2022-03-26' });
	});

	it('leaves no gap and no overlap between seasons', () => {
		for (const year of [21, 22, 23, 24, 25, 26, 27]) {
			const summer = airlineSeason(`S${year}`)!;
			const winter = airlineSeason(`W${year}`)!;
			const nextSummer = airlineSeason(`S${year + 1}`)!;
			expect(new Date(`${winter.start}T00:00Z`).getTime() - new Date(`${summer.end}T00:00Z`).getTime()).toBe(86_400_000);
			expect(new Date(`${nextSummer.start}T00:00Z`).getTime() - new Date(`${winter.end}T00:00Z`).getTime()).toBe(86_400_000);
		}
	});

	it('refuses anything that is not a season code', () => {
		for (const code of ['S2025', 'X25', 's25', '', 'W5']) expect(airlineSeason(code)).toBeNull();
	});
});
