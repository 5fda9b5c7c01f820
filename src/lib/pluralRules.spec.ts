import { describe, expect, it } from 'vitest';
import { plural } from './pluralRules';

describe('plural', () => {
	it('picks the form each language uses for a count', () => {
		expect([1, 2, 5, 21].map((n) => plural('en', n))).toEqual(['one', 'other', 'other', 'other']);
		expect([1, 2, 5, 21, 11].map((n) => plural('ru', n))).toEqual(['one', 'few', 'many', 'one', 'many']);
		expect([1, 2].map((n) => plural('kk', n))).toEqual(['one', 'other']);
		expect([1, 2].map((n) => plural('ko', n))).toEqual(['other', 'other']);
	});

	it('reads counts given as text, as messages pass their inputs', () => {
		expect(plural('ru', '3')).toBe('few');
	});

	it('keeps rules with different options apart', () => {
		expect(plural('en', 2, { type: 'ordinal' })).toBe('two');
		expect(plural('en', 2)).toBe('other');
		expect(plural('en', 1.5, { minimumFractionDigits: 1 })).toBe('other');
	});

	it('answers as a new Intl.PluralRules would, call after call', () => {
		for (const locale of ['en', 'ru', 'kk', 'ko']) {
			for (let n = 0; n <= 125; n++) expect(plural(locale, n)).toBe(new Intl.PluralRules(locale).select(n));
		}
	});
});
