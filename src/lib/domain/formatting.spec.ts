import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/data/locales';
import { dateWords, loadDateLocale } from './dateLocale';
import {
	formatDuration,
	formatKilometres,
	formatLongDate,
	formatMediumDate,
	formatNumber,
	formatPartialDate,
	formatShortDay,
	formatWeekdayTime,
	weekdayNames
} from './formatting';

beforeAll(() => Promise.all(LOCALES.map(loadDateLocale)));

/** Russian and Kazakh dates hold together with no-break spaces; these tests read them as plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('date words', () => {
	it('loads each language once and says plainly when one is missing', async () => {
		expect(dateWords('ru').code).toBe('ru');
		expect(await loadDateLocale('ko')).toBe(dateWords('ko'));
		expect(() => dateWords('xx' as never)).toThrow(/not loaded/);
	});
});

describe('formatting in the reader’s language', () => {
	it('writes the first Eastar Jet day in each language’s own long form', () => {
		expect(plain(formatLongDate('2025-04-07', 'en'))).toBe('Monday, 7 April 2025');
		expect(plain(formatLongDate('2025-04-07', 'ru'))).toBe('понедельник, 7 апреля 2025 г.');
		expect(plain(formatLongDate('2025-04-07', 'ko'))).toBe('2025년 4월 7일 월요일');
		expect(plain(formatLongDate('2025-04-07', 'kk'))).toBe('2025 ж. 7 сәуір, дүйсенбі');
		expect(plain(formatMediumDate('2026-11-27', 'ko'))).toBe('2026년 11월 27일');
		expect(plain(formatMediumDate('2025-04-07', 'kk'))).toBe('2025 ж. 7 сәуір');
		expect(plain(formatShortDay('2025-11-07', 'kk'))).toBe('7 қараша, жм');
		expect(plain(formatShortDay('2025-04-11', 'ru'))).toBe('пт, 11 апр.');
	});

	it('writes "your time" as a weekday and the device’s clock time', () => {
		// Local time on purpose: this is the traveller's own clock, whatever zone the suite runs in.
		const friday = new Date(2025, 3, 11, 14, 5);
		expect(plain(formatWeekdayTime(friday, 'ru'))).toBe('пт 14:05');
		expect(plain(formatWeekdayTime(friday, 'en'))).toBe('Fri 14:05');
		expect(plain(formatWeekdayTime(friday, 'kk'))).toBe('жм 14:05');
		expect(plain(formatWeekdayTime(friday, 'ko'))).toBe('금 14:05');
	});

	it('names weekdays Monday first', () => {
		expect(weekdayNames('en')).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
		expect(weekdayNames('ru', 'long')[0]).toBe('понедельник');
		expect(weekdayNames('ko')[4]).toBe('금');
	});

	it('dates a figure as coarsely as its source', () => {
		expect(plain(formatPartialDate('2024', 'en'))).toBe('2024');
		expect(plain(formatPartialDate('2022', 'ru'))).toBe('2022 г.');
		expect(plain(formatPartialDate('2022', 'kk'))).toBe('2022 ж.');
		expect(plain(formatPartialDate('2022', 'ko'))).toBe('2022년');
		expect(plain(formatPartialDate('2024-06', 'en'))).toBe('June 2024');
		expect(plain(formatPartialDate('2023-04', 'ru'))).toBe('апрель 2023 г.');
		expect(plain(formatPartialDate('2023-04', 'kk'))).toBe('2023 ж. сәуір');
		expect(plain(formatPartialDate('2024-06', 'ko'))).toBe('2024년 6월');
		expect(plain(formatPartialDate('2025-04-07', 'ru'))).toBe('7 апреля 2025 г.');
	});

	it('writes durations and distances with Intl', () => {
		expect(formatDuration(435, 'en')).toBe('7 hr 15 min');
		expect(formatDuration(365, 'ru')).toBe('6 ч 5 мин');
		expect(formatDuration(240, 'ko')).toBe('4시간');
		// Intl groups Russian thousands with a no-break space.
		expect(formatKilometres(4171.4, 'ru')).toBe('4\u00a0171 км');
		expect(formatKilometres(4171.4, 'en')).toBe('4,171 km');
		expect(formatKilometres(4171.4, 'ko')).toBe('4,171km');
	});

	it('writes Kazakh numbers and units without relying on the runtime having Kazakh data', () => {
		// What Node's full ICU writes for kk, and what a browser without Kazakh data must write too.
		expect(formatDuration(435, 'kk')).toBe('7 сағ 15 мин');
		expect(formatDuration(240, 'kk')).toBe('4 сағ');
		expect(formatKilometres(4171.4, 'kk')).toBe('4\u00a0171 км');
		expect(formatNumber(185000, 'kk')).toBe('185\u00a0000');
		expect(formatNumber(1.5, 'kk')).toBe('1,5');
	});
});
