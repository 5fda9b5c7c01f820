/**
 * Writes a calendar date from a pattern and a language's date words (dateWords/). The tokens are
 * date-fns's (EEEE EEE EEEEEE d dd M MM MMMM MMM LLLL y yy yyyy and 'quoted text'), and with the
 * same words it writes exactly what date-fns's `format` writes (dateFormat.spec.ts proves it for
 * every day of three years); the patterns themselves are each language's own, in dateWords/.
 * A language that lacks a word form (Kazakh has no short month names, Russian no three-letter
 * weekdays) throws rather than write one.
 */
import type { CalendarDate } from './calendarDate';

/** The forms a page writes dates in; each language gives its own pattern for each. */
export interface DatePatterns {
	/** Weekday and date: `'Monday, 7 April 2025'`, `'2025 ж. 7 сәуір, дүйсенбі'` */
	full: string;
	/** Date without weekday: `'7 Apr 2025'`, `'7 апреля 2025 г.'`, `'2025년 4월 7일'` */
	medium: string;
	/** A month alone: `'April 2023'`, `'апрель 2023 г.'`, `'2023 ж. сәуір'` */
	monthYear: string;
	/** A year alone: `'2022'`, `'2022 г.'`, `'2022 ж.'`, `'2022년'` */
	year: string;
	/** A day in a list: `'Mon, 7 Apr'`, `'пн, 7 апр.'`, `'7 сәуір, дс'`, `'4월 7일 (월)'` */
	shortDay: string;
	/** The weekday before a time of day: `'Fri'`, `'пт'`, `'жм'`, `'금'` */
	weekday: string;
}

/** A language's date words (Sunday first, as date-fns has them) and its date patterns. */
export interface DateWords {
	code: string;
	months: {
		/** In a date: `'апреля'` (7 апреля). */
		wide: readonly string[];
		/** On its own: `'апрель'` (апрель 2023 г.). */
		standalone: readonly string[];
		/** Short, in a date; absent where the language does not shorten months. */
		abbreviated?: readonly string[];
	};
	weekdays: {
		wide: readonly string[];
		/** Two letters or so: `'Mo'`, `'пн'`, `'дс'`, `'월'`. */
		short: readonly string[];
		/** Three letters; absent where the language does not write them (Russian: `'пн'`, never `'пнд'`). */
		abbreviated?: readonly string[];
	};
	patterns: DatePatterns;
}

// The same tokenising as date-fns: a letter run, quoted text, anything else.
const tokens = /(\w)\1*|''|'(''|[^'])+('|$)|./g;

const pad = (value: number, length: number) => String(value).padStart(length, '0');

function word(list: readonly string[] | undefined, index: number, token: string, words: DateWords): string {
	if (!list) throw new RangeError(`The ${words.code} date words have no form for ${token}`);
	return list[index]!;
}

/**
 * `formatCalendarDate('2025-04-07', 'EEEE, d MMMM y', en)` → `'Monday, 7 April 2025'`;
 * `formatCalendarDate('2025-04-07', "y 'ж.' d MMMM, EEEE", kk)` → `'2025 ж. 7 сәуір, дүйсенбі'`
 */
export function formatCalendarDate(date: CalendarDate, pattern: string, words: DateWords): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
	return (pattern.match(tokens) ?? [])
		.map((token) => {
			if (token === "''") return "'";
			if (token.startsWith("'")) return token.slice(1, token.endsWith("'") && token.length > 1 ? -1 : undefined).replace(/''/g, "'");
			switch (token) {
				case 'EEEE':
					return word(words.weekdays.wide, weekday, token, words);
				case 'EEE':
				case 'EE':
				case 'E':
					return word(words.weekdays.abbreviated, weekday, token, words);
				case 'EEEEEE':
					return word(words.weekdays.short, weekday, token, words);
				case 'd':
					return String(day);
				case 'dd':
					return pad(day, 2);
				case 'M':
					return String(month);
				case 'MM':
					return pad(month, 2);
				case 'MMM':
					return word(words.months.abbreviated, month - 1, token, words);
				case 'MMMM':
					return word(words.months.wide, month - 1, token, words);
				case 'LLLL':
					return word(words.months.standalone, month - 1, token, words);
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
