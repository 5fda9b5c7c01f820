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
 * `digits` (a string of decimal digits) plus one in its last place: `'199'` → `'200'`, `'99'` → `'100'`.
 */
function addOneInLastPlace(digits: string): string {
	let carry = 1;
	let out = '';
	for (let i = digits.length - 1; i >= 0; i--) {
		const sum = Number(digits[i]) + carry;
		out = String(sum % 10) + out;
		carry = sum >= 10 ? 1 : 0;
	}
	return carry ? '1' + out : out;
}

/**
 * The number rounded to `fractionDigits` decimals, half away from zero, as Intl does: from the
 * shortest decimal that reads back as the number (`String(1.0005)` is `'1.0005'`, which rounds to
 * `1.001`), not from its binary value, where toFixed would give `1.000`. Null when JavaScript writes
 * the number with an exponent.
 */
function roundedDigits(value: number, fractionDigits: number): { whole: string; fraction: string } | null {
	const written = String(Math.abs(value));
	if (!/^\d+(\.\d+)?$/.test(written)) return null;
	const point = written.indexOf('.');
	const whole = point < 0 ? written : written.slice(0, point);
	const fraction = point < 0 ? '' : written.slice(point + 1);
	if (fraction.length <= fractionDigits) return { whole, fraction };
	const kept = whole + fraction.slice(0, fractionDigits);
	const rounded = Number(fraction[fractionDigits]) >= 5 ? addOneInLastPlace(kept) : kept;
	const wholeLength = rounded.length - fractionDigits;
	return { whole: rounded.slice(0, wholeLength), fraction: rounded.slice(wholeLength).replace(/0+$/, '') };
}

function groupThousands(whole: string, group: string): string {
	return whole.replace(/\B(?=(\d{3})+$)/g, group);
}

function writeNumber(value: number, locale: Locale, fractionDigits: number): string | null {
	if (!Number.isFinite(value)) return null;
	const digits = roundedDigits(value, fractionDigits);
	if (!digits) return null;
	const { group, decimal } = separators[locale];
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return sign + groupThousands(digits.whole, group) + (digits.fraction ? decimal + digits.fraction : '');
}

/** Intl for what writeNumber leaves; Kazakh digits through Russian, which every browser has. */
function intlNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(locale === 'kk' ? 'ru' : locale, options).format(value);
}

/** `formatNumber(4171, 'ru')` → `'4 171'` (a no-break space); up to three decimals. */
export function formatNumber(value: number, locale: Locale): string {
	return writeNumber(value, locale, plainFractionDigits) ?? intlNumber(value, locale);
}

/** `formatUnit(4171.4, 'kilometer', 'en')` → `'4,171 km'`; whole units, the short form. */
export function formatUnit(value: number, unit: NumberUnit, locale: Locale): string {
	const written = writeNumber(value, locale, 0) ?? intlNumber(value, locale, { maximumFractionDigits: 0 });
	return unitPatterns[locale][unit].replace('{0}', written);
}
