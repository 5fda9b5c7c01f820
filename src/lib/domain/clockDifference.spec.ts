import { describe, expect, it } from 'vitest';
import { clockDifference } from './clockDifference';
import { almaty, incheon } from './testAirports';

describe('clockDifference', () => {
	it('puts Seoul 4 hours ahead of Almaty since Almaty moved to UTC+5', () => {
		const at = new Date('2025-04-07T00:00:00Z');
		expect(clockDifference(almaty, incheon, at)).toEqual({ ahead: incheon, behind: almaty, minutes: 240 });
		// The order the page names them in does not change who is ahead.
		expect(clockDifference(incheon, almaty, at)).toEqual({ ahead: incheon, behind: almaty, minutes: 240 });
	});

	it('puts Seoul 3 hours ahead before 1 March 2024, from the airport data', () => {
		expect(clockDifference(almaty, incheon, new Date('2024-02-29T17:59:00Z')).minutes).toBe(180);
		expect(clockDifference(almaty, incheon, new Date('2024-02-29T18:00:00Z')).minutes).toBe(240);
	});

	it('says neither is ahead when the clocks agree', () => {
		expect(clockDifference(incheon, incheon, new Date('2025-04-07T00:00:00Z'))).toEqual({ ahead: null, behind: null, minutes: 0 });
	});

	it('keeps the minutes of a half-hour offset', () => {
		const delhi = { utcOffsets: [{ since: '1945-10-15', minutes: 330 }] };
		expect(clockDifference(delhi, incheon, new Date('2025-04-07T00:00:00Z'))).toEqual({ ahead: incheon, behind: delhi, minutes: 210 });
	});
});
