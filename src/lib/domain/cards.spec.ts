import { describe, expect, it } from 'vitest';
import type { Service } from '$lib/data/schema';
import { cardsOf, sharedFact } from './cards';
import { flight, leg, reported, unscheduled } from './testServices';

const ids = (services: readonly Service[]) => services.map((s) => s.id);

describe('one card per airline and airport pair', () => {
	// Almaty–Seoul by two airlines, Eastar Jet listed from the Seoul end, then Air Astana to Astana.
	const services = [
		flight('KC', 'ALA', 'ICN'),
		flight('ZE', 'ICN', 'ALA'),
		flight('KC', 'ICN', 'ALA'),
		flight('KC', 'NQZ', 'ICN'),
		flight('ZE', 'ALA', 'ICN'),
		flight('KC', 'ICN', 'NQZ')
	];
	const cards = cardsOf(services);

	it('puts both directions of each airline on a pair together, in the order they first appear', () => {
		expect(cards.map((r) => r.id)).toEqual(['kc-ala-icn', 'ze-ala-icn', 'kc-icn-nqz']);
		expect(cards.map((r) => ids(r.services))).toEqual([
			['kc-ala-icn', 'kc-icn-ala'],
			['ze-icn-ala', 'ze-ala-icn'],
			['kc-nqz-icn', 'kc-icn-nqz']
		]);
	});

	it('names the card’s pair alphabetically but keeps its airports in the order of its first service', () => {
		expect(cards[1]).toMatchObject({ id: 'ze-ala-icn', airline: 'ZE', airports: ['ICN', 'ALA'] });
		expect(cards[2]).toMatchObject({ id: 'kc-icn-nqz', airline: 'KC', airports: ['NQZ', 'ICN'] });
	});

	it('keeps one direction alone when only one is given', () => {
		const oneWay = cardsOf(services.filter((s) => s.origin === 'ALA'));
		expect(oneWay.map((r) => [r.id, r.services.length])).toEqual([
			['kc-ala-icn', 1],
			['ze-ala-icn', 1]
		]);
		expect(cardsOf([])).toEqual([]);
	});
});

describe('sharedFact', () => {
	const aircraft = (value: string, sources = ['report']) => ({ ...reported(value), sources });
	const since = { value: { date: '1998-01', between: { en: 'Almaty and Seoul', ru: '', kk: '', ko: '' } }, sources: ['report'], confidence: 'medium' as const };

	it('says a fact once where both directions give it alike', () => {
		const both = [unscheduled({ id: 'a', aircraft: aircraft('Boeing 737-8') }), unscheduled({ id: 'b', aircraft: aircraft('Boeing 737-8') })];
		expect(sharedFact(both, 'aircraft')?.value).toBe('Boeing 737-8');
		const weekly = [unscheduled({ id: 'a', flightsPerWeek: [reported(7)] }), unscheduled({ id: 'b', flightsPerWeek: [reported(7)] })];
		expect(sharedFact(weekly, 'flightsPerWeek')?.[0]?.value).toBe(7);
		const flown = [unscheduled({ id: 'a', operatingSince: since }), unscheduled({ id: 'b', operatingSince: since })];
		expect(sharedFact(flown, 'operatingSince')?.value.date).toBe('1998-01');
	});

	it('says it for one direction alone', () => {
		expect(sharedFact([unscheduled({ aircraft: aircraft('Airbus A321') })], 'aircraft')?.value).toBe('Airbus A321');
	});

	it('says nothing where the directions differ in value or in sources', () => {
		expect(sharedFact([unscheduled({ aircraft: aircraft('Boeing 737-8') }), unscheduled({ aircraft: aircraft('Airbus A321') })], 'aircraft')).toBeNull();
		expect(sharedFact([unscheduled({ aircraft: aircraft('Boeing 737-8') }), unscheduled({ aircraft: aircraft('Boeing 737-8', ['other']) })], 'aircraft')).toBeNull();
		expect(sharedFact([unscheduled({ flightsPerWeek: [reported(7)] }), unscheduled({ flightsPerWeek: [reported(5)] })], 'flightsPerWeek')).toBeNull();
	});

	it('says nothing where one direction, or every one, gives none', () => {
		expect(sharedFact([unscheduled(), unscheduled()], 'aircraft')).toBeNull();
		expect(sharedFact([unscheduled({ aircraft: aircraft('Boeing 737-8') }), unscheduled()], 'aircraft')).toBeNull();
		expect(sharedFact([unscheduled(), unscheduled({ aircraft: aircraft('Boeing 737-8') })], 'aircraft')).toBeNull();
		expect(sharedFact([unscheduled(), unscheduled()], 'flightsPerWeek')).toBeNull();
		expect(sharedFact([], 'aircraft')).toBeNull();
	});
});
