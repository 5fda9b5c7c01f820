import { describe, expect, it } from 'vitest';
import { formatUtcOffset, utcOffsetAt, utcOffsetOn } from './utcOffset';
import { almaty, incheon } from './testAirports';

describe('airport UTC offsets from the airport data', () => {
	it('puts Almaty at +6 before 1 March 2024 and +5 from then', () => {
		expect(utcOffsetOn(almaty, '2024-02-28')).toBe(360);
		expect(utcOffsetOn(almaty, '2024-02-29')).toBe(360);
		expect(utcOffsetOn(almaty, '2024-03-01')).toBe(300);
		expect(utcOffsetOn(almaty, '2025-04-07')).toBe(300);
	});

	it('changes Almaty at local midnight of 1 March 2024, counted at +6', () => {
		expect(utcOffsetAt(almaty, new Date('2024-02-29T17:59:59Z'))).toBe(360);
		expect(utcOffsetAt(almaty, new Date('2024-02-29T18:00:00Z'))).toBe(300);
	});

	it('keeps Seoul at +9', () => {
		expect(utcOffsetOn(incheon, '2024-02-28')).toBe(540);
		expect(utcOffsetAt(incheon, new Date('2025-07-01T00:00Z'))).toBe(540);
	});

	it('writes offsets as UTC±h[:mm]', () => {
		expect(formatUtcOffset(300)).toBe('UTC+5');
		expect(formatUtcOffset(540)).toBe('UTC+9');
		expect(formatUtcOffset(330)).toBe('UTC+5:30');
		expect(formatUtcOffset(-210)).toBe('UTC−3:30');
	});
});
