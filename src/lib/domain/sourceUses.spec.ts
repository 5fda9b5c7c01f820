import { describe, expect, it } from 'vitest';
import type { Catalog } from '$lib/data/schema';
import { sourceUses } from './sourceUses';
import { almaty, incheon } from './testAirports';
import { leg } from './testServices';

const busan = { ...incheon, iata: 'PUS', sources: { position: ['wikidata'], utcOffsets: ['tz-database'] } };
// Busan–Almaty, as the catalog lists its first service; Almaty–Seoul from Almaty.
const services = [
	leg('ze-pus-ala', { airline: 'ZE', origin: 'PUS', destination: 'ALA', days: [1, 5] }),
	leg('ze-ala-pus', { airline: 'ZE', origin: 'ALA', destination: 'PUS', days: [1, 5] }),
	leg('kc-ala-icn', { airline: 'KC', origin: 'ALA', destination: 'ICN', weekly: [{ value: 7, sources: ['other'], confidence: 'high', published: '2024-06-12', season: 'S24' }] })
];
const catalog = { services, notices: [], routeFacts: [], airports: [almaty, incheon, busan] } as unknown as Catalog;

describe('what a source is used for', () => {
	it('names a route in the order the app names it, whichever way the first cited flight goes', () => {
		const uses = sourceUses({ ...catalog, services: [services[1]!, services[0]!, services[2]!] } as Catalog, 'report');
		expect(uses.lines.find((l) => l.airline === 'ZE')?.route).toEqual(['ALA', 'PUS']);
		expect(sourceUses(catalog, 'report').lines.find((l) => l.airline === 'ZE')?.route).toEqual(['PUS', 'ALA']);
	});

	it('keeps one line per airline and route, with each field once', () => {
		const { lines } = sourceUses(catalog, 'report');
		expect(lines).toEqual([
			{ airline: 'ZE', route: ['PUS', 'ALA'], fields: ['operates', 'daysOfOperation'] },
			{ airline: 'KC', route: ['ALA', 'ICN'], fields: ['operates'] }
		]);
	});

	it('lists airports apart from flights, each field with the airports it gives', () => {
		const uses = sourceUses(catalog, 'ourairports');
		expect(uses.lines).toEqual([]);
		expect(uses.airports).toEqual([{ field: 'position', airports: ['ALA', 'ICN'] }]);
		expect(uses.confidences).toEqual([null]);
	});

	it('says each confidence once', () => {
		expect(sourceUses(catalog, 'report').confidences).toEqual(['medium']);
		expect(sourceUses(catalog, 'other').confidences).toEqual(['high']);
	});

	it('finds nothing for a source no fact cites', () => {
		expect(sourceUses(catalog, 'nobody')).toEqual({ lines: [], airports: [], confidences: [] });
	});
});
