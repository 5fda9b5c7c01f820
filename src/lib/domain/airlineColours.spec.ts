import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { airlineColourCss } from './airlineColours';

describe('airlineColourCss', () => {
	it('writes each airline’s light and dark colour and a class that picks it', () => {
		const css = airlineColourCss([
			{ iata: 'KC', colour: { light: '#00747f', dark: '#4fd1db' } },
			{ iata: 'ZE', colour: { light: '#c8102e', dark: '#ff7a8a' } }
		]);
		expect(css).toBe(
			':root{--airline-KC:#00747f;--airline-ZE:#c8102e}' +
				'@media (prefers-color-scheme:dark){:root{--airline-KC:#4fd1db;--airline-ZE:#ff7a8a}}' +
				'.airline-KC{--airline:var(--airline-KC)}.airline-ZE{--airline:var(--airline-ZE)}'
		);
	});

	it('has a class for every airline in the data', () => {
		const css = airlineColourCss(catalog.airlines);
		for (const airline of catalog.airlines) {
			expect(css).toContain(`.airline-${airline.iata}{`);
			expect(css).toContain(`--airline-${airline.iata}:${airline.colour.light}`);
			expect(css).toContain(`--airline-${airline.iata}:${airline.colour.dark}`);
		}
	});

	it('refuses a value that is not a plain colour, since it is written into CSS as it is', () => {
		expect(() => airlineColourCss([{ iata: 'KC', colour: { light: 'red}body{display:none', dark: '#000000' } }])).toThrow(/KC/);
		expect(() => airlineColourCss([{ iata: 'K{', colour: { light: '#000000', dark: '#000000' } }])).toThrow();
	});
});
