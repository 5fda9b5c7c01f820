import { describe, expect, it, vi } from 'vitest';
import { catalog } from '$lib/data/catalog';
import type { Catalog } from '$lib/data/schema';
import type { LatLng } from '$lib/domain/geo';
import { servicesOnRoute } from '$lib/domain/routes';
import { codeBox, countryNameTexts, lineClasses, placeCountryNames, servicesMapAirports, servicesMapLines } from './servicesMapData';

// The map reads the catalog for every line and airport; these tests give it a small one of their
// own: Almaty–Seoul's three airlines, and Astana, Shymkent and Busan each on one airline's route.
vi.mock('$lib/data/catalog', async () => {
	const { airAstana, almaty, asiana, astana, busan, eastarJet, incheon, scat, services, shymkent } = await import('$lib/domain/testAirports');
	const { leg } = await import('$lib/domain/testServices');
	const both = (airline: string, a: string, b: string) => [
		leg(`${airline}-${a}-${b}`.toLowerCase(), { airline, origin: a, destination: b }),
		leg(`${airline}-${b}-${a}`.toLowerCase(), { airline, origin: b, destination: a })
	];
	const catalog: Catalog = {
		sourcesSearched: '2025-05-01',
		sources: [],
		airports: [almaty, incheon, astana, shymkent, busan],
		airlines: [airAstana, asiana, eastarJet, scat],
		services: [...services, ...both('KC', 'NQZ', 'ICN'), ...both('DV', 'CIT', 'ICN'), ...both('ZE', 'PUS', 'ALA')],
		routeFacts: [],
		notices: []
	};
	return { catalog };
});

const almatySeoul = servicesOnRoute(catalog.services, ['ALA', 'ICN']);
const eastbound = almatySeoul.filter((s) => s.origin === 'ALA');

describe('servicesMapLines', () => {
	it('gives each airline one line on the pair, named by both directions when the page shows both', () => {
		const lines = servicesMapLines(almatySeoul, 'en');
		expect(lines.map((line) => line.id)).toEqual(['KC ala-icn', 'OZ ala-icn', 'ZE ala-icn']);
		expect(lines.every((line) => line.shown)).toBe(true);
		expect(lines[2]!.label).toBe('Eastar Jet · Almaty (ALA) ⇄ Seoul (ICN)');
	});

	it('keeps the same lines for one direction, named by that direction, and hides a line with no flight shown', () => {
		const lines = servicesMapLines(eastbound, 'ru');
		expect(lines.map((line) => line.points)).toEqual(servicesMapLines(almatySeoul, 'en').map((line) => line.points));
		expect(lines[0]!.label).toBe('Эйр Астана · Алматы (ALA) → Сеул (ICN)');
		const noEastar = servicesMapLines(
			almatySeoul.filter((s) => s.airline !== 'ZE'),
			'en'
		);
		expect(noEastar.map((line) => line.shown)).toEqual([true, true, false]);
	});

	it('lays out a pair’s lines alike whether the page shows that pair alone or the whole network', () => {
		const network = servicesMapLines(catalog.services, 'en');
		for (const pair of [almatySeoul, servicesOnRoute(catalog.services, ['PUS', 'ALA']), eastbound]) {
			for (const line of servicesMapLines(pair, 'en')) expect(line.points).toEqual(network.find((other) => other.id === line.id)!.points);
		}
	});

	it('draws only the routes the page is about, and every route on the network’s map', () => {
		expect(servicesMapLines(servicesOnRoute(catalog.services, ['PUS', 'ALA']), 'en').map((line) => line.id)).toEqual(['ZE ala-pus']);
		const network = servicesMapLines(catalog.services, 'en');
		expect(network.map((line) => line.id)).toEqual(['KC ala-icn', 'KC icn-nqz', 'OZ ala-icn', 'ZE ala-icn', 'ZE ala-pus', 'DV cit-icn']);
		expect(network.every((line) => line.shown)).toBe(true);
		expect(servicesMapAirports(almatySeoul, 'en').map((a) => a.code)).toEqual(['ALA', 'ICN']);
		// Codes on the outer side, but Almaty's below its marker (Shymkent sits just west of it) and
		// Incheon's above (Busan sits just south-east of it).
		expect(servicesMapAirports(catalog.services, 'en').map((a) => [a.code, a.codeSide])).toEqual([
			['ALA', 'south'],
			['ICN', 'north'],
			['NQZ', 'west'],
			['CIT', 'west'],
			['PUS', 'east']
		]);
		expect(servicesMapAirports(almatySeoul, 'en').map((a) => a.codeSide)).toEqual(['west', 'east']);
	});
});

describe('lineClasses', () => {
	it('marks the highlighted airline, fades the others, and hides a line the page does not show', () => {
		expect(lineClasses({ airline: 'KC', shown: true }, null)).toEqual({ 'is-highlighted': false, 'is-faded': false, 'is-hidden': false });
		expect(lineClasses({ airline: 'KC', shown: true }, 'KC')).toEqual({ 'is-highlighted': true, 'is-faded': false, 'is-hidden': false });
		expect(lineClasses({ airline: 'OZ', shown: true }, 'KC')).toEqual({ 'is-highlighted': false, 'is-faded': true, 'is-hidden': false });
		expect(lineClasses({ airline: 'KC', shown: false }, 'KC')).toEqual({ 'is-highlighted': false, 'is-faded': false, 'is-hidden': true });
	});
});

describe('country names', () => {
	it('are written in the page’s language', () => {
		const names = (locale: 'en' | 'ru' | 'kk' | 'ko') => Object.fromEntries(countryNameTexts(locale).map((n) => [n.id, n.text]));
		expect(names('en')).toMatchObject({ kz: 'Kazakhstan', kr: 'South Korea', jp: 'Japan' });
		expect(names('kk')).toMatchObject({ kz: 'Қазақстан', kg: 'Қырғызстан', kp: 'Солтүстік Корея', mn: 'Моңғолия' });
		expect(names('ko')).toMatchObject({ kz: '카자흐스탄', cn: '중국', kp: '북한', jp: '일본' });
		expect(names('ru')).toMatchObject({ ru: 'Россия', cn: 'Китай' });
	});

	it('keep clear of the lines, the airports and their codes', () => {
		// A plain frame: one pixel per tenth of a degree, north up.
		const toScreen = ([lat, lng]: LatLng): [number, number] => [(lng - 60) * 10, (55 - lat) * 10];
		const lines = servicesMapLines(almatySeoul, 'en');
		const airports = servicesMapAirports(almatySeoul, 'en');
		const placed = placeCountryNames(countryNameTexts('en'), lines, airports, toScreen, 800, 300);
		expect(placed.map((p) => p.id)).toContain('mn');
		for (const name of placed) {
			for (const line of lines) {
				for (const point of line.points) {
					const [x, y] = toScreen(point);
					expect(Math.abs(x - name.x) > 30 || Math.abs(y - name.y) > 8, `${name.id} over ${line.id}`).toBe(true);
				}
			}
			for (const airport of airports) {
				const [left, top, right, bottom] = codeBox(toScreen(airport.position), airport.codeSide);
				expect(name.x < left - 20 || name.x > right + 20 || name.y < top - 6 || name.y > bottom + 6).toBe(true);
			}
		}
	});
});
