import { describe, expect, it } from 'vitest';
import type { RouteFact } from '$lib/data/schema';
import { airlinesFlying, directionId, directionsOf, factsOnPair, findDirection, routesOf, servicesOnRoute } from './routes';
import { flight } from './testServices';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

// Three routes, listed as a catalog lists them: Almaty–Seoul by two airlines, Astana–Seoul, Busan–Almaty.
const network = [
	flight('KC', 'ALA', 'ICN'),
	flight('KC', 'ICN', 'ALA'),
	flight('ZE', 'ICN', 'ALA'),
	flight('ZE', 'ALA', 'ICN'),
	flight('KC', 'NQZ', 'ICN'),
	flight('KC', 'ICN', 'NQZ'),
	flight('ZE', 'PUS', 'ALA'),
	flight('ZE', 'ALA', 'PUS')
];

describe('directions', () => {
	it('names a direction the way the URLs do', () => {
		expect(directionId('NQZ', 'ICN')).toBe('nqz-icn');
	});

	it('lists each direction once, in the order the services first fly it', () => {
		expect(ids(directionsOf(network))).toEqual(['ala-icn', 'icn-ala', 'nqz-icn', 'icn-nqz', 'pus-ala', 'ala-pus']);
		expect(directionsOf([])).toEqual([]);
	});

	it('finds the direction a URL names in any case, and none that no service flies', () => {
		expect(findDirection(network, 'PUS-ALA')).toEqual({ id: 'pus-ala', origin: 'PUS', destination: 'ALA' });
		expect(findDirection(network, 'ala-nqz')).toBeNull();
		expect(findDirection(network, '')).toBeNull();
		expect(findDirection(network, null)).toBeNull();
	});
});

describe('routesOf', () => {
	it('lists every route once, in the order of its first service, named by its first direction', () => {
		const routes = routesOf(network);
		expect(ids(routes)).toEqual(['ala-icn', 'nqz-icn', 'pus-ala']);
		expect(routes[2]).toEqual({
			id: 'pus-ala',
			airports: ['PUS', 'ALA'],
			directions: [
				{ id: 'pus-ala', origin: 'PUS', destination: 'ALA' },
				{ id: 'ala-pus', origin: 'ALA', destination: 'PUS' }
			]
		});
	});

	it('puts first whichever route the first service flies', () => {
		expect(ids(routesOf([...network].reverse()))).toEqual(['ala-pus', 'icn-nqz', 'ala-icn']);
	});

	it('keeps a route flown one way only, with its one direction', () => {
		expect(routesOf([flight('DV', 'CIT', 'ICN')])).toEqual([
			{ id: 'cit-icn', airports: ['CIT', 'ICN'], directions: [{ id: 'cit-icn', origin: 'CIT', destination: 'ICN' }] }
		]);
	});
});

describe('servicesOnRoute', () => {
	it('finds the services of a route in either direction, and only those', () => {
		expect(ids(servicesOnRoute(network, ['ALA', 'PUS']))).toEqual(['ze-pus-ala', 'ze-ala-pus']);
		expect(ids(servicesOnRoute(network, ['ICN', 'ALA']))).toEqual(['kc-ala-icn', 'kc-icn-ala', 'ze-icn-ala', 'ze-ala-icn']);
		expect(servicesOnRoute(network, ['NQZ', 'PUS'])).toEqual([]);
	});
});

describe('factsOnPair', () => {
	const weekly = (id: string, scope: RouteFact['scope']): RouteFact =>
		({ id, scope, kind: 'weekly-flights', fact: { value: 12, sources: ['report'], confidence: 'medium', asOf: '2024-06' } });
	const facts = [
		weekly('ala-icn-weekly', { airports: ['ALA', 'ICN'] }),
		weekly('kz-kr-weekly', { countries: ['KZ', 'KR'] }),
		weekly('icn-ala-passengers', { airports: ['ICN', 'ALA'] }),
		weekly('nqz-icn-weekly', { airports: ['NQZ', 'ICN'] })
	];

	it('takes the pair’s own figures in either direction, never a country-wide total', () => {
		expect(ids(factsOnPair(facts, 'ICN', 'ALA'))).toEqual(['ala-icn-weekly', 'icn-ala-passengers']);
		expect(ids(factsOnPair(facts, 'ALA', 'ICN'))).toEqual(['ala-icn-weekly', 'icn-ala-passengers']);
		expect(factsOnPair(facts, 'ALA', 'PUS')).toEqual([]);
	});
});

describe('airlinesFlying', () => {
	const airlines = [{ iata: 'KC' }, { iata: 'OZ' }, { iata: 'ZE' }, { iata: 'DV' }];
	const codes = (services: typeof network) => airlinesFlying(airlines, services).map((a) => a.iata);

	it('offers a page only the airlines that fly its services, in the airlines’ own order', () => {
		expect(codes(servicesOnRoute(network, ['ALA', 'ICN']))).toEqual(['KC', 'ZE']);
		expect(codes(servicesOnRoute(network, ['PUS', 'ALA']))).toEqual(['ZE']);
		expect(codes([flight('ZE', 'ICN', 'ALA'), flight('DV', 'CIT', 'ICN'), flight('KC', 'ALA', 'ICN')])).toEqual(['KC', 'ZE', 'DV']);
		expect(codes([])).toEqual([]);
	});
});
