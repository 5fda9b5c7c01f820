import { describe, expect, it } from 'vitest';
import { flightDuration, hoursAndMinutes, timeDifference } from './duration';
import { almaty, incheon, service } from './testAirports';

describe('durations and time difference', () => {
	it('gives Eastar Jet 7 h 15 min westbound and 6 h 05 min eastbound', () => {
		expect(flightDuration(service('ze-icn-ala'), incheon, almaty, '2025-04-07')).toBe(435);
		expect(flightDuration(service('ze-ala-icn'), almaty, incheon, '2025-04-07')).toBe(365);
	});

	it('has no duration where times are not published', () => {
		expect(flightDuration(service('kc-ala-icn'), almaty, incheon, '2025-04-07')).toBeNull();
	});

	it('puts Seoul 4 hours ahead of Almaty now, and 3 hours before March 2024', () => {
		expect(timeDifference(almaty, incheon, new Date('2025-04-07T00:00Z'))).toBe(240);
		expect(timeDifference(incheon, almaty, new Date('2025-04-07T00:00Z'))).toBe(-240);
		expect(timeDifference(almaty, incheon, new Date('2024-01-15T00:00Z'))).toBe(180);
	});

	it('splits minutes into hours and minutes', () => {
		expect(hoursAndMinutes(365)).toEqual({ hours: 6, minutes: 5 });
		expect(hoursAndMinutes(-240)).toEqual({ hours: 4, minutes: 0 });
	});
});
