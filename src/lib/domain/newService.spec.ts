import { describe, expect, it } from 'vitest';
import { isNewService, NEW_FOR_DAYS } from './newService';
import { leg } from './testServices';

const day = 86_400_000;
const startingOn = (from: string) => leg('ze-icn-ala', { airline: 'ZE', origin: 'ICN', destination: 'ALA', from });

describe('new services', () => {
	const started = startingOn('2025-04-07');
	const start = Date.parse('2025-04-07T00:00Z');

	it('is new from its first day', () => {
		expect(isNewService(started, new Date('2025-04-07T00:00Z'))).toBe(true);
		expect(isNewService(started, new Date('2025-04-08T12:00Z'))).toBe(true);
	});

	it('is new to the last minute of its NEW_FOR_DAYS-th day, and not on the day after', () => {
		expect(isNewService(started, new Date(start + (NEW_FOR_DAYS - 1) * day))).toBe(true);
		expect(isNewService(started, new Date(start + NEW_FOR_DAYS * day - 60_000))).toBe(true);
		expect(isNewService(started, new Date(start + NEW_FOR_DAYS * day))).toBe(false);
	});

	it('no longer calls it new twenty months later', () => {
		expect(isNewService(started, new Date('2026-12-01T00:00Z'))).toBe(false);
	});

	it('does not call a service new before it has flown', () => {
		expect(isNewService(started, new Date('2025-04-06T23:59Z'))).toBe(false);
		expect(isNewService(started, new Date('2025-03-01T00:00Z'))).toBe(false);
	});

	it('never marks a service whose start is not published', () => {
		expect(isNewService(leg('kc-ala-icn', { airline: 'KC', origin: 'ALA', destination: 'ICN' }), new Date('2025-04-08T00:00Z'))).toBe(false);
	});
});
