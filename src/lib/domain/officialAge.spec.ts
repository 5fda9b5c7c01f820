import { describe, expect, it } from 'vitest';
import { officialAge } from './officialAge';

describe('officialAge', () => {
	it('counts whole days from the fetch and calls more than a week stale', () => {
		expect(officialAge('2026-12-02', '2026-12-02')).toEqual({ days: 0, stale: false });
		expect(officialAge('2026-12-02', '2026-12-09')).toEqual({ days: 7, stale: false });
		expect(officialAge('2026-12-02', '2026-12-10')).toEqual({ days: 8, stale: true });
		// Across a month and a year.
		expect(officialAge('2026-12-30', '2027-01-02')).toEqual({ days: 3, stale: false });
	});
});
