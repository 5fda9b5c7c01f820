import { describe, expect, it } from 'vitest';
import { airportLocalToInstant, instantToAirportLocal } from './airportTime';
import { almaty, incheon } from './testAirports';

describe('airport-local time and instants', () => {
	it('turns Incheon 19:30 on 7 April 2025 into 10:30Z', () => {
		expect(airportLocalToInstant(incheon, '2025-04-07', '19:30').toISOString()).toBe('2025-04-07T10:30:00.000Z');
	});

	it('uses UTC+6 for an Almaty departure on 2024-02-28 and UTC+5 after the change', () => {
		expect(airportLocalToInstant(almaty, '2024-02-28', '23:45').toISOString()).toBe('2024-02-28T17:45:00.000Z');
		expect(airportLocalToInstant(almaty, '2024-03-04', '23:45').toISOString()).toBe('2024-03-04T18:45:00.000Z');
	});

	it('reads the airport clocks at an instant', () => {
		expect(instantToAirportLocal(almaty, new Date('2025-04-07T17:45:00Z'))).toEqual({
			date: '2025-04-07',
			time: '22:45',
			seconds: 0,
			utcOffsetMinutes: 300
		});
		expect(instantToAirportLocal(incheon, new Date('2025-04-07T18:00:00Z'))).toEqual({
			date: '2025-04-08',
			time: '03:00',
			seconds: 0,
			utcOffsetMinutes: 540
		});
	});

	it('round-trips local time through an instant', () => {
		const instant = airportLocalToInstant(almaty, '2025-12-31', '23:45');
		expect(instantToAirportLocal(almaty, instant)).toMatchObject({ date: '2025-12-31', time: '23:45' });
	});
});
