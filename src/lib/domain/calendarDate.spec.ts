import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, parseCalendarDate } from './calendarDate';

describe('calendar dates', () => {
	it('adds days across months and leap days', () => {
		expect(addDays('2025-04-07', 4)).toBe('2025-04-11');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-03-31', 1)).toBe('2025-04-01');
		expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
	});

	it('gives ISO weekdays, Monday 1 to Sunday 7', () => {
		expect(isoWeekday('2025-04-07')).toBe(1);
		expect(isoWeekday('2025-04-11')).toBe(5);
		expect(isoWeekday('2025-04-13')).toBe(7);
	});

	it('reads only real YYYY-MM-DD dates', () => {
		expect(parseCalendarDate('2025-04-07')).toBe('2025-04-07');
		expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
		for (const bad of ['2025-13-45', '2025-02-30', '2025-4-7', 'tomorrow', '', null, undefined, '2025-04-07T00:00']) {
			expect(parseCalendarDate(bad)).toBeNull();
		}
	});
});
