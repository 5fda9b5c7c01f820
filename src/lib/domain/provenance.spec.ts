import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { citedFieldsByLine, factsCiting } from './provenance';

describe('what each source backs', () => {
	it('finds Asiana flight numbers in the Dong-A Ilbo, both directions', () => {
		expect(factsCiting(catalog, 'donga').map((c) => `${c.record}:${c.field}`)).toEqual([
			'oz-ala-icn:flightNumber',
			'oz-icn-ala:flightNumber'
		]);
	});

	it('relies on the article for all three airlines on Almaty–Seoul', () => {
		const lines = citedFieldsByLine(factsCiting(catalog, 'article'));
		expect(lines.map((l) => [l.airline, l.route])).toEqual([
			['KC', ['ALA', 'ICN']],
			['OZ', ['ALA', 'ICN']],
			['ZE', ['ALA', 'ICN']]
		]);
		expect(lines[2]!.fields).toEqual(['operates', 'validFrom', 'flightsPerWeek']);
	});

	it('names the route as well as the airline where an airline flies more than one', () => {
		// Edaily's June 2024 report: Air Astana's frequency to Almaty, its Astana flights, and the Almaty–Seoul total.
		const lines = citedFieldsByLine(factsCiting(catalog, 'edaily'));
		expect(lines.map((l) => [l.airline, l.route?.join('-') ?? null])).toEqual([
			['KC', 'ALA-ICN'],
			['OZ', 'ALA-ICN'],
			['KC', 'ICN-NQZ'],
			[null, 'ALA-ICN']
		]);
		expect(citedFieldsByLine(factsCiting(catalog, 'unjournal')).at(-1)).toEqual({ airline: null, route: null, fields: ['weekly-flights'] });
	});
});
