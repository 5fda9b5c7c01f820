import { format } from 'date-fns';
import { enGB, kk, ko, ru } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { addDays, atNoon } from './calendarDate';
import { formatCalendarDate } from './dateFormat';

const locales = { enGB, ru, kk, ko };
// Every pattern Nonstop writes dates with, and a few more of the same tokens.
const patterns = ['PPPP', 'PPP', 'PP', 'P', 'EEE, d MMM', "M월 d일 (EEE)", 'LLLL yyyy', "yyyy년 M월", 'EEEEEE', 'EEEE', 'yyyy-MM-dd', 'do MMMM yy', "d 'de' MMMM ''y''"];

describe('calendar dates written like date-fns', () => {
	it('matches date-fns format for every day of 2024–2026, every pattern, every language', () => {
		let compared = 0;
		for (let date = '2024-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
			for (const [name, locale] of Object.entries(locales)) {
				for (const pattern of patterns) {
					const expected = format(atNoon(date), pattern, { locale });
					const actual = formatCalendarDate(date, pattern, locale);
					if (actual !== expected) expect(`${name} ${pattern} ${date}: ${actual}`).toBe(`${name} ${pattern} ${date}: ${expected}`);
					compared++;
				}
			}
		}
		expect(compared).toBe(1096 * 4 * patterns.length);
	});

	it('writes the first Eastar Jet day in each language', () => {
		expect(formatCalendarDate('2025-04-07', 'PPPP', enGB)).toBe('Monday, 7 April 2025');
		expect(formatCalendarDate('2025-04-07', 'PPPP', ru)).toBe('понедельник, 7 апреля 2025 г.');
		expect(formatCalendarDate('2025-04-07', 'PPPP', ko)).toBe('2025년 4월 7일 월요일');
	});

	it('refuses a token it does not know rather than writing it wrong', () => {
		expect(() => formatCalendarDate('2025-04-07', 'HH:mm', enGB)).toThrow(/Unsupported date token HH/);
		expect(() => formatCalendarDate('2025-04-07', 'PPPPP', enGB)).toThrow(/Unsupported long format/);
	});
});
