import { describe, expect, it } from 'vitest';
import { offlinePages, pageKey } from './offlinePages';

const prerendered = ['/', '/about', '/routes/ala-icn', '/404', '/ru', '/ru/about', '/ru/404', '/ko/404'];

describe('pageKey', () => {
	it('ignores trailing slashes, .html and index', () => {
		expect(pageKey('/about/')).toBe('/about');
		expect(pageKey('/about.html')).toBe('/about');
		expect(pageKey('/ru/index.html')).toBe('/ru');
		expect(pageKey('/')).toBe('');
		expect(pageKey('//')).toBe('');
	});

	it('decodes escapes, and keeps a malformed one as it is', () => {
		expect(pageKey('/%D0%BE')).toBe('/о');
		expect(pageKey('/%E0%A4%A')).toBe('/%E0%A4%A');
	});
});

describe('offlinePages', () => {
	const pages = offlinePages(prerendered);

	it('finds a page however its path is spelt', () => {
		expect(pages.pageFor('/about')).toBe('/about');
		expect(pages.pageFor('/about/')).toBe('/about');
		expect(pages.pageFor('/ru/')).toBe('/ru');
		expect(pages.pageFor('/index.html')).toBe('/');
		expect(pages.pageFor('/routes/ala-icn')).toBe('/routes/ala-icn');
	});

	it('finds nothing for a path that was not prerendered', () => {
		expect(pages.pageFor('/routes/ala-nrt')).toBeUndefined();
		expect(pages.pageFor('/abou')).toBeUndefined();
	});

	it("gives an unknown path its own language's 404 page", () => {
		expect(pages.notFoundPageFor('/ru/no/such')).toBe('/ru/404');
		expect(pages.notFoundPageFor('/ko/x')).toBe('/ko/404');
		expect(pages.notFoundPageFor('/no/such')).toBe('/404');
		// Only a whole path segment names a language.
		expect(pages.notFoundPageFor('/russia')).toBe('/404');
		// A language without its own 404 page gets the root one.
		expect(pages.notFoundPageFor('/kk/x')).toBe('/404');
	});

	it('works under a sub-path, where every path starts with the base', () => {
		const sub = offlinePages(['/nonstop', '/nonstop/about', '/nonstop/404', '/nonstop/ru/404']);
		expect(sub.pageFor('/nonstop/')).toBe('/nonstop');
		expect(sub.pageFor('/nonstop/about/')).toBe('/nonstop/about');
		expect(sub.notFoundPageFor('/nonstop/ru/x')).toBe('/nonstop/ru/404');
		expect(sub.notFoundPageFor('/nonstop/x')).toBe('/nonstop/404');
	});

	it('knows which pages are 404 pages', () => {
		expect(pages.isNotFoundPage('/ru/404')).toBe(true);
		expect(pages.isNotFoundPage('/about')).toBe(false);
	});
});
