import { describe, expect, it } from 'vitest';
import { flightDuration } from './duration';
import { almaty, incheon, service } from './testAirports';

describe('flight durations', () => {
	it('gives Eastar Jet 7 h 15 min westbound and 6 h 05 min eastbound', () => {
		expect(flightDuration(service('ze-icn-ala'), incheon, almaty, '2025-04-07')).toBe(435);
		expect(flightDuration(service('ze-ala-icn'), almaty, incheon, '2025-04-07')).toBe(365);
	});

	it('has no duration where times are not published', () => {
		expect(flightDuration(service('kc-ala-icn'), almaty, incheon, '2025-04-07')).toBeNull();
	});
});
