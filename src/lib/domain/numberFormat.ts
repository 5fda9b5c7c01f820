/**
 * Numbers and short units in the reader's language, written from CLDR's symbols and unit patterns
 * for the four languages, not by Intl.NumberFormat. Why: the first Intl.NumberFormat a page builds
 * makes the browser load its number data, 30–60 ms of a desktop CPU (four times that on a phone),
 * the largest single piece of work while the home page starts, for a handful of whole hours,
 * minutes and kilometres. And browsers built with reduced ICU data (Debian's Chromium among them)
 * claim Kazakh but write it in English ('7 hr', '4,171 km'), so Kazakh had to be spelled here anyway.
 *
 * numberFormat.spec.ts checks every language against Intl in Node's full ICU, so a CLDR change
 * shows up as a failing test. Numbers this file does not write (not finite, or so large or small
 * that JavaScript writes them with an exponent) go to Intl, which is always right, only slower.
 */
import type { Locale } from '$lib/data/locales';

export type NumberUnit = 'hour' | 'minute' | 'kilometer';

/** CLDR's group and decimal separators. Kazakh separates as Russian does: a no-break space and a comma. */
const separators: Record<Locale, { group: string; decimal: string }> = {
	en: { group: ',', decimal: '.' },
	ru: { group: '\u00a0', decimal: ',' },
	kk: { group: '\u00a0', decimal: ',' },
	ko: { group: ',', decimal: '.' }
};

/** CLDR's short unit patterns; none of these languages changes a short unit with the count. */
const unitPatterns: Record<Locale, Record<NumberUnit, string>> = {
	en: { hour: '{0} hr', minute: '{0} min', kilometer: '{0} km' },
	ru: { hour: '{0} ч', minute: '{0} мин', kilometer: '{0} км' },
	kk: { hour: '{0} сағ', minute: '{0} мин', kilometer: '{0} км' },
	ko: { hour: '{0}시간', minute: '{0}분', kilometer: '{0}km' }
};

/** Intl's default: at most three decimals for a plain number. */
const plainFractionDigits = 3;

/**
 * The number rounded to `fractionDigits` decimals, half away from zero, as Intl does, written out
 * without grouping: `rounded(1.0005, 3)` → `'1.001'`. The rounding works on the number's shortest
 * decimal (through an exponent in a string), not on its binary value, where `toFixed` would give
 * `'1.000'`. Null when JavaScript writes the number with an exponent.
 */
function rounded(value: number, fractionDigits: number): string | null {
	const written = String(Math.round(Number(`${Math.abs(value)}e${fractionDigits}`)) / 10 ** fractionDigits);
	return /^\d+(\.\d+)?$/.test(written) ? written : null;
}

function groupThousands(whole: string, group: string): string {
	return whole.replace(/\B(?=(\d{3})+$)/g, group);
}

function writeNumber(value: number, locale: Locale, fractionDigits: number): string | null {
	const digits = rounded(value, fractionDigits);
	if (digits === null) return null;
	const [whole, fraction] = digits.split('.');
	const { group, decimal } = separators[locale];
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return sign + groupThousands(whole!, group) + (fraction ? decimal + fraction : '');
}

/** Intl for what writeNumber leaves; Kazakh digits through Russian, which every browser has. */
function intlNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(locale === 'kk' ? 'ru' : locale, options).format(value);
}

/** `formatNumber(4171, 'ru')` → `'4 171'` (a no-break space); up to three decimals. */
export function formatNumber(value: number, locale: Locale): string {
	return writeNumber(value, locale, plainFractionDigits) ?? intlNumber(value, locale);
}

/**
 * A coordinate's degrees without sign, always three decimals, so that a trailing zero stays:
 * `formatCoordinate(126.44, 'en')` → `'126.440'`, `formatCoordinate(-43.3543, 'ru')` → `'43,354'`.
 */
export function formatCoordinate(value: number, locale: Locale): string {
	const written = writeNumber(Math.abs(value), locale, plainFractionDigits);
	if (written === null) return intlNumber(Math.abs(value), locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
	const { decimal } = separators[locale];
	const [whole, fraction = ''] = written.split(decimal);
	return whole + decimal + fraction.padEnd(plainFractionDigits, '0');
}

/** `formatUnit(4171.4, 'kilometer', 'en')` → `'4,171 km'`; whole units, the short form. */
export function formatUnit(value: number, unit: NumberUnit, locale: Locale): string {
	const written = writeNumber(value, locale, 0) ?? intlNumber(value, locale, { maximumFractionDigits: 0 });
	return unitPatterns[locale][unit].replace('{0}', written);
}
