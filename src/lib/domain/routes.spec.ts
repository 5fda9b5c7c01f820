import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { airlinesFlying, directionId, directionsOf, factsOnPair, findDirection, routesOf, servicesOnRoute } from './routes';

describe('routes', () => {
	it('names a direction the way the URLs do', () => {
		expect(directionId('NQZ', 'ICN')).toBe('nqz-icn');
		expect(findDirection(catalog.services, 'PUS-ALA')?.origin).toBe('PUS');
		expect(findDirection(catalog.services, 'ala-nqz')).toBeNull();
	});

	it('lists every route once, Almaty–Seoul first, each with both its directions', () => {
		const routes = routesOf(catalog.services);
		expect(routes.map((r) => r.id)).toEqual(['ala-icn', 'nqz-icn', 'cit-icn', 'pus-ala']);
		for (const route of routes) expect(route.directions.map((d) => d.id).sort()).toEqual([route.id, route.id.split('-').reverse().join('-')].sort());
		expect(directionsOf(catalog.services)).toHaveLength(8);
	});

	it('finds the services of a route in either direction, and only those', () => {
		const busan = servicesOnRoute(catalog.services, ['ALA', 'PUS']);
		expect(busan.map((s) => s.id).sort()).toEqual(['ze-ala-pus', 'ze-pus-ala']);
		expect(servicesOnRoute(catalog.services, ['ICN', 'ALA']).every((s) => s.id.endsWith('ala-icn') || s.id.endsWith('icn-ala'))).toBe(true);
	});

	it('keeps a country-wide figure off every route', () => {
		const ids = factsOnPair(catalog.routeFacts, 'ICN', 'NQZ').map((f) => f.id);
		expect(ids).toEqual([]);
		expect(factsOnPair(catalog.routeFacts, 'ICN', 'ALA').map((f) => f.id)).toEqual(['ala-icn-weekly-2024-06', 'ala-icn-passengers-2025']);
	});

	it('offers a page only the airlines that fly its routes', () => {
		const codes = (services: typeof catalog.services) => airlinesFlying(catalog.airlines, services).map((a) => a.iata);
		expect(codes(servicesOnRoute(catalog.services, ['ALA', 'ICN']))).toEqual(['KC', 'OZ', 'ZE']);
		expect(codes(servicesOnRoute(catalog.services, ['PUS', 'ALA']))).toEqual(['ZE']);
		expect(codes(catalog.services)).toEqual(['KC', 'OZ', 'ZE', 'DV']);
	});
});
