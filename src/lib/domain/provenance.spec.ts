import { describe, expect, it } from 'vitest';
import type { Catalog, Notice, RouteFact, Service } from '$lib/data/schema';
import { citedFieldsByLine, factsCiting } from './provenance';
import { almaty, astana, incheon } from './testAirports';
import { leg, reported, unscheduled } from './testServices';

const citing = <T>(value: T, sources: string[], confidence: 'high' | 'medium' | 'low' = 'medium') => ({ ...reported(value), sources, confidence });
const words = (en: string) => ({ en, ru: en, kk: en, ko: en });

// Each record cites the sources its test asks about: `paper` backs Asiana's flight numbers both ways,
// `article` Eastar Jet's first flight and Air Astana's weekly count, `survey` the airports' figures.
const services: Service[] = [
	unscheduled({ id: 'oz-ala-icn', airline: 'OZ', origin: 'ALA', destination: 'ICN', flightNumber: citing('OZ578', ['paper']) }),
	unscheduled({ id: 'oz-icn-ala', airline: 'OZ', origin: 'ICN', destination: 'ALA', flightNumber: citing('OZ577', ['paper', 'other']) }),
	{
		...leg('ze-icn-ala', { airline: 'ZE', origin: 'ICN', destination: 'ALA', from: '2025-04-07', days: [1, 5] }),
		operates: citing(true as const, ['article'], 'high'),
		validFrom: citing('2025-04-07', ['article', 'other'])
	},
	unscheduled({ id: 'kc-ala-icn', airline: 'KC', origin: 'ALA', destination: 'ICN', flightsPerWeek: [citing(7, ['article']), citing(5, ['article'])] }),
	unscheduled({ id: 'kc-nqz-icn', airline: 'KC', origin: 'NQZ', destination: 'ICN', flightsPerWeek: [citing(4, ['article'])] })
];
const notices: Notice[] = [
	{ id: 'asiana-terminal', about: { airline: 'OZ' }, title: words('Terminal 2'), value: words('From Terminal 2.'), sources: ['survey'], confidence: 'medium', published: '2025-01-14', season: 'W24' },
	{ id: 'eastar-first', about: { services: ['ze-icn-ala'] }, title: words('First flight'), value: words('First flight on 7 April.'), sources: ['article'], confidence: 'medium', published: '2025-04-08', season: 'S25' }
];
const routeFacts: RouteFact[] = [
	{ id: 'icn-ala-weekly', scope: { airports: ['ICN', 'ALA'] }, kind: 'weekly-flights', fact: { value: 12, sources: ['article'], confidence: 'medium', asOf: '2024-06' } },
	{ id: 'kz-kr-weekly', scope: { countries: ['KZ', 'KR'] }, kind: 'weekly-flights', fact: { value: 11, sources: ['survey'], confidence: 'medium', asOf: '2025-04' } }
];
const catalog: Catalog = {
	sourcesSearched: '2025-05-01',
	sources: [],
	airports: [almaty, incheon, { ...astana, sources: { position: ['survey'], utcOffsets: ['tz-database'] } }],
	airlines: [],
	services,
	routeFacts,
	notices
};
const named = (source: string) => factsCiting(catalog, source).map((c) => `${c.record}:${c.field}`);

describe('factsCiting', () => {
	it('finds a fact in every service that cites the source, among its other sources', () => {
		expect(named('paper')).toEqual(['oz-ala-icn:flightNumber', 'oz-icn-ala:flightNumber']);
		expect(named('other')).toEqual(['oz-icn-ala:flightNumber', 'ze-icn-ala:validFrom']);
		expect(named('nobody')).toEqual([]);
	});

	it('gives each fact its airline, its route in alphabetical order and its confidence', () => {
		expect(factsCiting(catalog, 'paper')[1]).toEqual({ record: 'oz-icn-ala', airline: 'OZ', route: ['ALA', 'ICN'], field: 'flightNumber', confidence: 'medium' });
		expect(factsCiting(catalog, 'article')[0]).toEqual({ record: 'ze-icn-ala', airline: 'ZE', route: ['ALA', 'ICN'], field: 'operates', confidence: 'high' });
	});

	it('counts a service’s weekly frequencies once, however many cite the source', () => {
		expect(named('article').filter((f) => f.startsWith('kc-'))).toEqual(['kc-ala-icn:flightsPerWeek', 'kc-nqz-icn:flightsPerWeek']);
	});

	it('finds notices, figures and airports too, after the services', () => {
		expect(named('article')).toEqual([
			'ze-icn-ala:operates',
			'ze-icn-ala:validFrom',
			'kc-ala-icn:flightsPerWeek',
			'kc-nqz-icn:flightsPerWeek',
			'eastar-first:notice',
			'icn-ala-weekly:weekly-flights'
		]);
		expect(named('survey')).toEqual(['asiana-terminal:notice', 'kz-kr-weekly:weekly-flights', 'NQZ:position']);
		expect(named('tz-database')).toEqual(['ALA:utcOffsets', 'ICN:utcOffsets', 'NQZ:utcOffsets']);
	});

	it('gives a notice its services’ airline and route, an airline’s notice the airline alone, and a country-wide figure neither', () => {
		const survey = factsCiting(catalog, 'survey');
		expect(survey.map((c) => [c.airline, c.route, c.confidence])).toEqual([
			['OZ', null, 'medium'],
			[null, null, 'medium'],
			[null, null, null]
		]);
		const article = factsCiting(catalog, 'article');
		expect(article.find((c) => c.field === 'notice')).toMatchObject({ airline: 'ZE', route: ['ALA', 'ICN'] });
		expect(article.find((c) => c.field === 'weekly-flights')).toMatchObject({ airline: null, route: ['ALA', 'ICN'] });
	});
});

describe('citedFieldsByLine', () => {
	it('gives one line per airline and route, its fields once each, in the order first cited', () => {
		expect(citedFieldsByLine(factsCiting(catalog, 'article'))).toEqual([
			{ airline: 'ZE', route: ['ALA', 'ICN'], fields: ['operates', 'validFrom', 'notice'] },
			{ airline: 'KC', route: ['ALA', 'ICN'], fields: ['flightsPerWeek'] },
			{ airline: 'KC', route: ['ICN', 'NQZ'], fields: ['flightsPerWeek'] },
			{ airline: null, route: ['ALA', 'ICN'], fields: ['weekly-flights'] }
		]);
	});

	it('puts what backs no airline and no route on one line of its own', () => {
		expect(citedFieldsByLine(factsCiting(catalog, 'survey'))).toEqual([
			{ airline: 'OZ', route: null, fields: ['notice'] },
			{ airline: null, route: null, fields: ['weekly-flights', 'position'] }
		]);
		expect(citedFieldsByLine([])).toEqual([]);
	});
});
