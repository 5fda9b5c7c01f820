import { describe, expect, it } from 'vitest';
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

	it('gives every airline it is given its class, whatever their number', () => {
		const airlines = ['KC', 'OZ', 'ZE', 'DV', '7C'].map((iata, i) => ({ iata, colour: { light: `#00000${i}`, dark: '#ffffff' } }));
		const css = airlineColourCss(airlines);
		for (const { iata } of airlines) expect(css).toContain(`.airline-${iata}{--airline:var(--airline-${iata})}`);
		expect(css).toContain('--airline-7C:#000004');
		expect(airlineColourCss([])).toBe(':root{}@media (prefers-color-scheme:dark){:root{}}');
	});

	it('refuses a value that is not a plain colour, since it is written into CSS as it is', () => {
		expect(() => airlineColourCss([{ iata: 'KC', colour: { light: 'red}body{display:none', dark: '#000000' } }])).toThrow(/KC/);
		expect(() => airlineColourCss([{ iata: 'K{', colour: { light: '#000000', dark: '#000000' } }])).toThrow();
	});
});
