/**
 * Writes a calendar date with a date-fns locale's own words and long formats. It covers the part of
 * date-fns's `format` that Nonstop needs for dates (tokens EEEE EEE EEEEEE d do dd M MM MMM MMMM
 * LLL LLLL y yy yyyy, the long formats P PP PPP PPPP, and 'quoted text'), and dateFormat.spec.ts
 * proves it writes exactly what `format` writes for every day of three years in every language.
 * `format` itself carries every token date-fns knows and weighs about 6 kB more in each page.
 */
import type { DateLocale } from './dateLocale';
import type { CalendarDate } from './calendarDate';

// The same tokenising as date-fns: a letter run, "do"-style ordinals, quoted text, anything else.
const tokens = /[yMLd]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
const longFormats = { P: 'short', PP: 'medium', PPP: 'long', PPPP: 'full' } as const;

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/**
 * `formatCalendarDate('2025-04-07', 'PPPP', enGB)` → `'Monday, 7 April 2025'`;
 * `formatCalendarDate('2025-04-07', 'PPPP', ko)` → `'2025년 4월 7일 월요일'`
 */
export function formatCalendarDate(date: CalendarDate, pattern: string, locale: DateLocale): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
	const localize = locale.localize;
	const expanded = pattern.replace(/P+/g, (run) => {
		const width = longFormats[run as keyof typeof longFormats];
		if (!width || !locale.formatLong) throw new RangeError(`Unsupported long format ${run}`);
		return locale.formatLong.date({ width });
	});
	return (expanded.match(tokens) ?? [])
		.map((token) => {
			if (token === "''") return "'";
			if (token.startsWith("'")) return token.slice(1, token.endsWith("'") && token.length > 1 ? -1 : undefined).replace(/''/g, "'");
			switch (token) {
				case 'EEEE':
					return localize.day(weekday as 0, { width: 'wide', context: 'formatting' });
				case 'EEE':
				case 'EE':
				case 'E':
					return localize.day(weekday as 0, { width: 'abbreviated', context: 'formatting' });
				case 'EEEEEE':
					return localize.day(weekday as 0, { width: 'short', context: 'formatting' });
				case 'd':
					return String(day);
				case 'dd':
					return pad(day, 2);
				case 'do':
					return localize.ordinalNumber(day, { unit: 'date' });
				case 'M':
					return String(month);
				case 'MM':
					return pad(month, 2);
				case 'MMM':
					return localize.month((month - 1) as 0, { width: 'abbreviated', context: 'formatting' });
				case 'MMMM':
					return localize.month((month - 1) as 0, { width: 'wide', context: 'formatting' });
				case 'LLL':
					return localize.month((month - 1) as 0, { width: 'abbreviated', context: 'standalone' });
				case 'LLLL':
					return localize.month((month - 1) as 0, { width: 'wide', context: 'standalone' });
				case 'y':
					return String(year);
				case 'yy':
					return pad(year % 100, 2);
				case 'yyyy':
					return pad(year, 4);
				default:
					if (/^[A-Za-z]+$/.test(token)) throw new RangeError(`Unsupported date token ${token}`);
					return token;
			}
		})
		.join('');
}
