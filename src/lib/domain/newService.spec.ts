import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { isNewService, NEW_FOR_DAYS } from './newService';

describe('new services', () => {
	const eastar = catalog.services.find((s) => s.id === 'ze-icn-ala')!;

	it('marks Eastar Jet new from its first flight on 7 April 2025 for 90 days', () => {
		expect(NEW_FOR_DAYS).toBe(90);
		expect(isNewService(eastar, new Date('2025-04-07T00:00Z'))).toBe(true);
		expect(isNewService(eastar, new Date('2025-04-08T12:00Z'))).toBe(true);
		// 7 April + 89 days = 5 July, the 90th day; 6 July is the 91st.
		expect(isNewService(eastar, new Date('2025-07-05T23:59Z'))).toBe(true);
		expect(isNewService(eastar, new Date('2025-07-06T00:00Z'))).toBe(false);
	});

	it('no longer calls it new twenty months later', () => {
		expect(isNewService(eastar, new Date('2026-12-01T00:00Z'))).toBe(false);
	});

	it('does not call a service new before it has flown', () => {
		expect(isNewService(eastar, new Date('2025-03-01T00:00Z'))).toBe(false);
	});

	it('never marks a service whose start is not published', () => {
		expect(isNewService(catalog.services.find((s) => s.id === 'kc-ala-icn')!, new Date('2025-04-08T00:00Z'))).toBe(false);
	});
});
