import { describe, expect, it } from 'vitest';
import type { Service } from '$lib/data/schema';
import { addDays, type CalendarDate } from './calendarDate';
import { departureOn, departuresFromDate, nextDepartures, type Departure } from './departures';
import { airport, service, services } from './testAirports';

/** Every departure of a service between two dates, day by day: the oracle the searches are checked against. */
function everyDeparture(service: Service, from: CalendarDate, to: CalendarDate): Departure[] {
	const found: Departure[] = [];
	for (let date = from; date <= to; date = addDays(date, 1)) {
		const departure = departureOn(service, airport, date);
		if (departure) found.push(departure);
	}
	return found;
}

const eastarFromIncheon = service('ze-icn-ala');
const eastarFromAlmaty = service('ze-ala-icn');

describe('departures of a service', () => {
	it('starts Eastar Jet from Incheon on Monday 2025-04-07 19:30, arriving 22:45 after 7 h 15 min', () => {
		const first = departureOn(eastarFromIncheon, airport, '2025-04-07')!;
		expect(first.departs.toISOString()).toBe('2025-04-07T10:30:00.000Z');
		expect(first.arrives?.toISOString()).toBe('2025-04-07T17:45:00.000Z');
		expect(first.arrivalDate).toBe('2025-04-07');
		expect(first.arrivalTime).toBe('22:45');
		expect(first.durationMinutes).toBe(7 * 60 + 15);
	});

	it('flies Almaty 23:45 to Incheon 09:50 the next day in 6 h 05 min', () => {
		const leg = departureOn(eastarFromAlmaty, airport, '2025-04-07')!;
		expect(leg.departs.toISOString()).toBe('2025-04-07T18:45:00.000Z');
		expect(leg.arrivalDate).toBe('2025-04-08');
		expect(leg.arrivalDayOffset).toBe(1);
		expect(leg.arrives?.toISOString()).toBe('2025-04-08T00:50:00.000Z');
		expect(leg.durationMinutes).toBe(6 * 60 + 5);
	});

	it('lists Mondays and Fridays only, and nothing before 7 April 2025', () => {
		const dates = departuresFromDate([eastarFromIncheon], airport, '2025-03-01', { limit: 10, horizonDays: 51 }).map((d) => d.departureDate);
		expect(dates).toEqual(['2025-04-07', '2025-04-11', '2025-04-14', '2025-04-18', '2025-04-21']);
		expect(departureOn(eastarFromIncheon, airport, '2025-04-04')).toBeNull();
		expect(departureOn(eastarFromIncheon, airport, '2025-03-31')).toBeNull();
	});

	it('respects valid-to when a service ends', () => {
		const ending = { ...eastarFromIncheon, validTo: { value: '2025-04-10', sources: ['newspim'], confidence: 'high' as const, published: '2025-04-08', season: 'S25' } };
		expect(departuresFromDate([ending], airport, '2025-04-01', { limit: 10, horizonDays: 29 }).map((d) => d.departureDate)).toEqual(['2025-04-07']);
	});

	it('gives no departures where days and times are not published', () => {
		for (const id of ['kc-ala-icn', 'kc-icn-ala', 'oz-ala-icn', 'oz-icn-ala']) {
			expect(everyDeparture(service(id), '2025-04-01', '2025-04-30')).toEqual([]);
			expect(departuresFromDate([service(id)], airport, '2025-04-01', { horizonDays: 29 })).toEqual([]);
		}
	});
});

describe('departures past the confirmed timetable', () => {
	it('confirms a departure inside the season its timetable was announced for', () => {
		const first = departureOn(service('ze-icn-ala'), airport, '2025-04-07')!;
		expect(first.confirmed).toBe(true);
		expect(first.timetable).toEqual({ until: '2025-10-25', season: 'S25', published: '2025-04-08' });
		expect(departureOn(service('ze-ala-icn'), airport, '2025-10-24')!.confirmed).toBe(true);
	});

	it('still lists one after it, from the last published timetable, unconfirmed', () => {
		// The first Monday after summer 2025 ends, and a Friday a year later.
		expect(departureOn(service('ze-icn-ala'), airport, '2025-10-27')!.confirmed).toBe(false);
		const [next] = nextDepartures(services, airport, new Date('2026-12-01T00:00:00Z'), { origin: 'ICN' });
		expect(next).toMatchObject({ departureDate: '2026-12-04', departureTime: '19:30', confirmed: false });
		expect(next?.timetable.published).toBe('2025-04-08');
	});
});

describe('next departures', () => {
	it('finds Friday 2025-04-11 as the next Eastar departure from Incheon after 2025-04-08T12:00Z', () => {
		const [next] = nextDepartures(services, airport, new Date('2025-04-08T12:00:00Z'), { origin: 'ICN', airline: 'ZE' });
		expect(next?.departureDate).toBe('2025-04-11');
		expect(next?.departs.toISOString()).toBe('2025-04-11T10:30:00.000Z');
	});

	it('lists nothing of Eastar before 7 April 2025', () => {
		const list = nextDepartures(services, airport, new Date('2025-03-01T00:00:00Z'), { limit: 3 });
		expect(list.map((d) => d.departureDate)).toEqual(['2025-04-07', '2025-04-07', '2025-04-11']);
		expect(list.every((d) => d.departs >= new Date('2025-04-07T00:00:00Z'))).toBe(true);
	});

	it('skips a departure that has already left, even by a minute', () => {
		const [next] = nextDepartures(services, airport, new Date('2025-04-07T10:30:00Z'), { origin: 'ICN' });
		expect(next?.departureDate).toBe('2025-04-11');
	});

	it('filters by direction and airline, soonest first', () => {
		const fromAlmaty = nextDepartures(services, airport, new Date('2025-04-07T12:00:00Z'), { origin: 'ALA', limit: 4 });
		expect(fromAlmaty.map((d) => `${d.service.origin}-${d.departureDate}`)).toEqual([
			'ALA-2025-04-07',
			'ALA-2025-04-11',
			'ALA-2025-04-14',
			'ALA-2025-04-18'
		]);
		expect(nextDepartures(services, airport, new Date('2025-04-07T12:00:00Z'), { airline: 'OZ' })).toEqual([]);
	});

	it('lists the very flights a search of every day in the horizon would find', () => {
		// The search stops early per service; this checks it against working out every day.
		for (const at of ['2025-03-30T00:00:00Z', '2025-04-07T18:44:00Z', '2025-04-07T18:45:00Z', '2025-06-13T23:59:00Z']) {
			const after = new Date(at);
			const everyDay = services
				.flatMap((s) => everyDeparture(s, '2025-03-28', '2025-08-31'))
				.filter((d) => d.departs > after)
				.sort((a, b) => a.departs.getTime() - b.departs.getTime())
				.slice(0, 6);
			const listed = nextDepartures(services, airport, after, { limit: 6, horizonDays: 60 });
			expect(listed.map((d) => `${d.service.id} ${d.departureDate}`), at).toEqual(everyDay.map((d) => `${d.service.id} ${d.departureDate}`));
		}
	});
});

describe('departures from a picked date', () => {
	it('counts each flight by its own airport’s date', () => {
		const list = departuresFromDate(services, airport, '2025-04-11', { limit: 3 });
		expect(list.map((d) => `${d.service.origin} ${d.departureDate} ${d.departureTime}`)).toEqual([
			'ICN 2025-04-11 19:30',
			'ALA 2025-04-11 23:45',
			'ICN 2025-04-14 19:30'
		]);
	});

	it('lists nothing of Eastar before its first day', () => {
		expect(departuresFromDate(services, airport, '2025-01-01', { horizonDays: 90 })).toEqual([]);
		expect(departuresFromDate(services, airport, '2025-01-01', { horizonDays: 96 })[0]?.departureDate).toBe('2025-04-07');
	});
});
