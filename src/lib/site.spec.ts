import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ORIGIN, siteOrigin } from './site';

describe('siteOrigin', () => {
	it('falls back to the default when nothing is configured', () => {
		expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_ORIGIN);
		expect(siteOrigin('  ')).toBe(DEFAULT_SITE_ORIGIN);
	});

	it('keeps scheme, host and port, without a trailing slash', () => {
		expect(siteOrigin('https://flights.example.org/')).toBe('https://flights.example.org');
		expect(siteOrigin('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
		expect(siteOrigin('HTTPS://Flights.Example.org')).toBe('https://flights.example.org');
	});

	it('rejects what is not an http(s) origin', () => {
		expect(() => siteOrigin('flights.example.org')).toThrow(/absolute URL/);
		expect(() => siteOrigin('ftp://flights.example.org')).toThrow(/scheme and host/);
		expect(() => siteOrigin('https://flights.example.org/nonstop')).toThrow(/BASE_PATH/);
	});
});
