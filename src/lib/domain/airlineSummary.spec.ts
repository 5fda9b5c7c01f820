import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { airlineSummary, routeAirlines } from './airlineSummary';
import { routesOf, servicesOnRoute } from './routes';

const busan = servicesOnRoute(catalog.services, ['PUS', 'ALA']);
const shymkent = servicesOnRoute(catalog.services, ['CIT', 'ICN']);
const astana = servicesOnRoute(catalog.services, ['NQZ', 'ICN']);
const on = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe('airlineSummary', () => {
	it('says a first flight is still to come, then new, then past its confirmed season', () => {
		expect(airlineSummary(busan, on('2026-04-20'))).toMatchObject({ firstFlight: '2026-05-01', starts: true, isNew: false, unconfirmed: false });
		expect(airlineSummary(busan, on('2026-05-01'))).toMatchObject({ starts: false, isNew: true, unconfirmed: false });
		// Summer 2026 ends on Saturday 24 October.
		expect(airlineSummary(busan, on('2026-10-24')).unconfirmed).toBe(false);
		expect(airlineSummary(busan, on('2026-10-25'))).toMatchObject({ isNew: false, unconfirmed: true });
		expect(airlineSummary(busan, on('2026-10-25')).days?.value).toEqual([1, 5]);
	});

	it('gives the frequency that holds on the day and the next announced step', () => {
		const spring = airlineSummary(shymkent, on('2026-05-01'));
		expect(spring.frequencies.current?.value).toBe(3);
		expect(spring.frequencies.planned.map((f) => [f.value, f.from])).toEqual([[4, '2026-07-11']]);
		// No days are published for SCAT, so there is nothing to confirm.
		expect(spring).toMatchObject({ days: null, unconfirmed: false });
	});

	it('ages days published without times', () => {
		expect(airlineSummary(astana, on('2024-07-01'))).toMatchObject({ unconfirmed: false, firstFlight: '2024-06-15', starts: false });
		expect(airlineSummary(astana, on('2026-12-01')).unconfirmed).toBe(true);
	});

	it('lists each route with its airlines, in order', () => {
		const listed = routeAirlines(routesOf(catalog.services), catalog.services, on('2026-12-01'));
		expect(listed.map((r) => [r.route.id, r.airlines.map((a) => a.id)])).toEqual([
			['ala-icn', ['kc-ala-icn', 'oz-ala-icn', 'ze-ala-icn']],
			['nqz-icn', ['kc-icn-nqz']],
			['cit-icn', ['dv-cit-icn']],
			['pus-ala', ['ze-ala-pus']]
		]);
		expect(listed[3]!.airlines[0]!.summary.unconfirmed).toBe(true);
	});
});
