import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import type { Service } from '$lib/data/schema';
import { cardsOf, sharedFact, type Card } from './cards';
import { servicesOnRoute } from './routes';

describe('one card per airline and airport pair', () => {
	const almatySeoul = servicesOnRoute(catalog.services, ['ALA', 'ICN']);
	const routes = cardsOf(almatySeoul);

	it('puts both directions of each airline on Almaty–Seoul together', () => {
		expect(routes.map((r) => r.id)).toEqual(['kc-ala-icn', 'oz-ala-icn', 'ze-ala-icn']);
		expect(routes.map((r) => r.services.map((s) => s.id))).toEqual([
			['kc-ala-icn', 'kc-icn-ala'],
			['oz-ala-icn', 'oz-icn-ala'],
			['ze-icn-ala', 'ze-ala-icn']
		]);
		expect(routes[2]!.airports).toEqual(['ICN', 'ALA']);
	});

	it('keeps one direction alone when only one is given', () => {
		const oneWay = cardsOf(almatySeoul.filter((s) => s.origin === 'ALA'));
		expect(oneWay.map((r) => r.services.length)).toEqual([1, 1, 1]);
	});

	it('keeps another airport pair of the same airline apart', () => {
		expect(cardsOf(catalog.services).map((r) => r.id)).toEqual([
			'kc-ala-icn',
			'oz-ala-icn',
			'ze-ala-icn',
			'kc-icn-nqz',
			'dv-cit-icn',
			'ze-ala-pus'
		]);
	});

	it('says a fact once where both directions give it alike, not where they differ', () => {
		const [airAstana, asiana, eastar] = routes as [Card, Card, Card];
		expect(sharedFact(eastar.services, 'aircraft')?.value).toBe('Boeing 737-8');
		expect(sharedFact(airAstana.services, 'flightsPerWeek')?.[0]?.value).toBe(7);
		expect(sharedFact(asiana.services, 'operatingSince')?.value.date).toBe('1998-01');
		// Asiana's aircraft is published for neither direction.
		expect(sharedFact(asiana.services, 'aircraft')).toBeNull();
		const [outbound, back] = eastar.services as [Service, Service];
		const other = { ...back, aircraft: { ...back.aircraft!, value: 'Airbus A321' } };
		expect(sharedFact([outbound, other], 'aircraft')).toBeNull();
	});
});
