/**
 * The airlines' colours as a stylesheet, written at build time from the data (airlines.ts) by
 * vite.config.ts, so a colour lives in one place and no page needs a style attribute, which the
 * Content-Security-Policy forbids. Each airline gets `--airline-<IATA>` for the light and the dark
 * scheme, and a class `airline-<IATA>` that sets `--airline`, for whatever marks it: a map line, a
 * card's edge, a filter chip.
 */
import type { Airline } from '$lib/data/schema';

type Colours = Pick<Airline, 'iata' | 'colour'>;

const code = /^[A-Z0-9]{2}$/;
const hex = /^#[0-9a-f]{6}$/i;

/**
 * `airlineColourCss([{ iata: 'KC', colour: { light: '#00747f', dark: '#4fd1db' } }])` →
 * `:root{--airline-KC:#00747f}@media (prefers-color-scheme:dark){:root{--airline-KC:#4fd1db}}.airline-KC{--airline:var(--airline-KC)}`
 */
export function airlineColourCss(airlines: readonly Colours[]): string {
	for (const { iata, colour } of airlines) {
		// Checked again here, since the values are written into CSS as they are.
		if (!code.test(iata) || !hex.test(colour.light) || !hex.test(colour.dark)) {
			throw new Error(`Airline ${iata}: a colour must be #rrggbb and a code two letters or digits`);
		}
	}
	const vars = (scheme: 'light' | 'dark') => airlines.map((a) => `--airline-${a.iata}:${a.colour[scheme]}`).join(';');
	return [
		`:root{${vars('light')}}`,
		`@media (prefers-color-scheme:dark){:root{${vars('dark')}}}`,
		...airlines.map((a) => `.airline-${a.iata}{--airline:var(--airline-${a.iata})}`)
	].join('');
}
