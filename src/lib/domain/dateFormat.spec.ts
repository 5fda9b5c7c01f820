import { format } from 'date-fns';
import { enGB, kk, ko, ru } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { addDays, atNoon } from './calendarDate';
import { formatCalendarDate, type DateWords } from './dateFormat';
import { words as enWords } from './dateWords/en';
import { words as kkWords } from './dateWords/kk';
import { words as koWords } from './dateWords/ko';
import { words as ruWords } from './dateWords/ru';

const languages: [DateWords, typeof enGB][] = [
	[enWords, enGB],
	[ruWords, ru],
	[kkWords, kk],
	[koWords, ko]
];
// Every token the patterns use, alone and together, and quoting.
// Where these words follow CLDR rather than date-fns: CLDR shortens февраль to «февр.», date-fns to «фев.».
const cldrOverDateFns: Record<string, [string, string][]> = { ru: [['фев.', 'февр.']] };
const patterns = ['EEEE', 'EEE', 'EEEEEE', 'd MMMM y', 'd MMM', 'LLLL yyyy', 'dd.MM.yy', "M월 d일", "y 'г.'", "d 'de' MMMM ''y''"];

describe('date words are date-fns’s own', () => {
	it('writes what date-fns format writes for every day of 2024–2026, every token each language has', () => {
		let compared = 0;
		for (let date = '2024-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
			for (const [words, locale] of languages) {
				for (const pattern of patterns) {
					if (/(^|[^E])EEE($|[^E])/.test(pattern) && !words.weekdays.abbreviated) continue;
					if (/(^|[^M])MMM($|[^M])/.test(pattern) && !words.months.abbreviated) continue;
					const expected = (cldrOverDateFns[words.code] ?? []).reduce(
						(text, [dateFns, cldr]) => text.replace(dateFns, cldr),
						format(atNoon(date), pattern, { locale })
					);
					const actual = formatCalendarDate(date, pattern, words);
					if (actual !== expected) expect(`${words.code} ${pattern} ${date}: ${actual}`).toBe(`${words.code} ${pattern} ${date}: ${expected}`);
					compared++;
				}
			}
		}
		// Every pattern in every language but Russian's EEE and Kazakh's MMM.
		expect(compared).toBe(1096 * (4 * patterns.length - 2));
	});

	it('refuses a token it does not know, and a word form the language does not use', () => {
		expect(() => formatCalendarDate('2025-04-07', 'HH:mm', enWords)).toThrow(/Unsupported date token HH/);
		expect(() => formatCalendarDate('2025-04-07', 'PP', enWords)).toThrow(/Unsupported date token PP/);
		// "қар" is snow and "қаз" a goose: Kazakh months are never shortened.
		expect(() => formatCalendarDate('2025-11-07', 'd MMM', kkWords)).toThrow(/kk date words have no form for MMM/);
		// Russian weekdays are two letters, "пт", never "птн".
		expect(() => formatCalendarDate('2025-04-11', 'EEE', ruWords)).toThrow(/ru date words have no form for EEE/);
	});
});
