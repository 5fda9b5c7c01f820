import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/data/locales';
import { formatCoordinate, formatNumber, formatUnit, type NumberUnit } from './numberFormat';

// Node is built with full ICU: its Intl is the reference these patterns are checked against, for
// Kazakh too (the browsers without Kazakh data are why Kazakh cannot be left to the browser).
const intl = (locale: string, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);

/** A fixed spread of values: small and large whole numbers, decimals that round, halves, negatives. */
function sampleValues(): number[] {
	const values = [0, -0, 1, 7, 9.5, 10, 99.9995, 999, 999.9996, 1000, 1001, 4171, 4171.4, 12345.6789, 185000, 1234567, 2.5, 0.5, 1.0005, 43.35205, -3, -2.5, -0.4, -1234.5678, 0.1 + 0.2];
	// A deterministic pseudo-random walk over magnitudes and decimals.
	let seed = 7;
	for (let i = 0; i < 400; i++) {
		seed = (seed * 16807) % 2147483647;
		const magnitude = 10 ** (seed % 8);
		values.push(Math.round((seed / 2147483647) * magnitude * 10 ** (i % 6)) / 10 ** (i % 6));
	}
	return values;
}

describe('numbers in the reader’s language', () => {
	it('writes every language as Intl with full CLDR data does', () => {
		for (const locale of LOCALES) {
			const reference = intl(locale);
			for (const value of sampleValues()) expect(formatNumber(value, locale), `${locale} ${value}`).toBe(reference.format(value));
		}
	});

	it('writes short hours, minutes and kilometres as Intl does, rounded to whole units', () => {
		const units: NumberUnit[] = ['hour', 'minute', 'kilometer'];
		for (const locale of LOCALES)
			for (const unit of units) {
				const reference = intl(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 });
				for (const value of sampleValues()) expect(formatUnit(value, unit, locale), `${locale} ${unit} ${value}`).toBe(reference.format(value));
			}
	});

	it('groups with a no-break space in Russian and Kazakh, so a figure never breaks across lines', () => {
		expect(formatNumber(4171, 'ru')).toBe('4\u00a0171');
		expect(formatNumber(1.5, 'kk')).toBe('1,5');
		expect(formatUnit(4171.4, 'kilometer', 'ko')).toBe('4,171km');
	});

	it('leaves what it does not write to Intl', () => {
		for (const value of [1e21, 1e-7, Number.NaN, Infinity, -Infinity])
			expect(formatNumber(value, 'en')).toBe(intl('en').format(value));
		expect(formatUnit(1e22, 'kilometer', 'ru')).toBe(intl('ru', { style: 'unit', unit: 'kilometer', unitDisplay: 'short', maximumFractionDigits: 0 }).format(1e22));
	});

	it('writes a coordinate with three decimals, a trailing zero kept, without its sign', () => {
		expect(formatCoordinate(126.44, 'en')).toBe('126.440');
		expect(formatCoordinate(126.451, 'ko')).toBe('126.451');
		expect(formatCoordinate(-43.3543, 'ru')).toBe('43,354');
		expect(formatCoordinate(51, 'kk')).toBe('51,000');
	});
});
