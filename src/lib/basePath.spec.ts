import { describe, expect, it } from 'vitest';
import { withoutBase } from './basePath';

describe('withoutBase', () => {
	it('gives the path inside the site under a base path', () => {
		expect(withoutBase('/nonstop/ru/about', '/nonstop')).toBe('/ru/about');
		expect(withoutBase('/nonstop/', '/nonstop')).toBe('/');
		expect(withoutBase('/nonstop', '/nonstop')).toBe('/');
		expect(withoutBase('/nonstop/ko', '/nonstop')).toBe('/ko');
	});

	it('knows a path outside the base, even one that only starts alike', () => {
		expect(withoutBase('/ru/about', '/nonstop')).toBeUndefined();
		expect(withoutBase('/nonstopping', '/nonstop')).toBeUndefined();
	});

	it('leaves every path as it is without a base path', () => {
		expect(withoutBase('/ru/about', '')).toBe('/ru/about');
		expect(withoutBase('/', '')).toBe('/');
	});
});
