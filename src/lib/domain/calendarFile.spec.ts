import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/data/schema';
import {
	calendarFileName,
	calendarUid,
	departureSourceIds,
	escapeText,
	flightCalendarFile,
	foldLine,
	icsUtc,
	type CalendarWords
} from './calendarFile';
import { departureOn } from './departures';
import { airport, almaty, eastarJet, incheon, service } from './testAirports';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// Intl in UTC stands in for the page's date format: a calendar date must not move with the device's zone.
const longDate = (locale: string) => (date: string) =>
	new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

const words: CalendarWords = {
	longDate: longDate('en-GB'),
	departs: ({ airport, date, time, offset }) => `Departs ${airport}: ${date}, ${time} local time (${offset})`,
	arrives: ({ airport, date, time, offset }) => `Arrives ${airport}: ${date}, ${time} local time (${offset})`,
	sources: ({ publishers }) => `Sources: ${publishers}`,
	asPublished: () => 'Times as published; check with the airline.',
	month: (date) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}-01T00:00:00Z`)),
	unconfirmed: ({ month, airline, website }) => `From the last published timetable (${month}), not confirmed since. Check with ${airline}: ${website}`,
	arrivalNotPublished: () => 'Arrival time not published',
	flightNumberLastReported: ({ flightNumber, month }) => `Flight number last reported: ${flightNumber} (${month}), not confirmed since`
};
const ruWords: CalendarWords = {
	longDate: longDate('ru'),
	departs: ({ airport, date, time, offset }) => `Вылет, ${airport}: ${date}, ${time} по местному времени (${offset})`,
	arrives: ({ airport, date, time, offset }) => `Прилёт, ${airport}: ${date}, ${time} по местному времени (${offset})`,
	sources: ({ publishers }) => `Источники: ${publishers}`,
	asPublished: () => 'Время указано так, как его публикуют источники.',
	month: (date) => date,
	unconfirmed: ({ month, airline, website }) => `По последнему опубликованному расписанию (${month}), с тех пор не подтверждено. ${airline}: ${website}`,
	arrivalNotPublished: () => 'Время прибытия не опубликовано',
	flightNumberLastReported: ({ flightNumber, month }) => `Номер рейса по последним данным: ${flightNumber} (${month})`
};

const airline = (code: string) => {
	if (code !== 'ZE') throw new Error(`no fixture airline ${code}`);
	return eastarJet;
};
const firstFromIncheon = departureOn(service('ze-icn-ala'), airport, '2025-04-07')!;
const firstFromAlmaty = departureOn(service('ze-ala-icn'), airport, '2025-04-07')!;
const made = new Date('2025-03-20T08:15:42.123Z');

function fileFor(departure = firstFromIncheon, locale: Locale = 'en', w = words, now = made) {
	const fromIncheon = departure.service.origin === 'ICN';
	return flightCalendarFile({
		departure,
		airline: airline(departure.service.airline),
		origin: fromIncheon ? incheon : almaty,
		destination: fromIncheon ? almaty : incheon,
		publishers: ['Newspim', 'Yonhap News (via ZUM News)'],
		locale,
		words: w,
		now
	});
}

/** Joins folded lines back into content lines (RFC 5545 §3.1: CRLF followed by one space). */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');
const property = (text: string, name: string) => unfold(text).find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);

describe('icsUtc', () => {
	it('writes an instant as a UTC date-time with no separators or milliseconds', () => {
		expect(icsUtc(new Date('2025-04-07T10:30:00.999Z'))).toBe('20250407T103000Z');
		expect(icsUtc(new Date('2024-02-29T23:59:59Z'))).toBe('20240229T235959Z');
	});
});

describe('escapeText', () => {
	it('escapes backslash, semicolon, comma and every kind of newline', () => {
		expect(escapeText('a\\b')).toBe('a\\\\b');
		expect(escapeText('Seoul; Almaty, KZ')).toBe('Seoul\\; Almaty\\, KZ');
		expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
	});
	it('escapes the backslash first, so an escape is never escaped twice', () => {
		expect(escapeText('\\,')).toBe('\\\\\\,');
	});
	it('leaves colons, quotes and non-Latin text alone', () => {
		expect(escapeText('Вылет: 19:30 "ICN" 인천')).toBe('Вылет: 19:30 "ICN" 인천');
	});
});

describe('foldLine', () => {
	it('leaves a line of 75 octets as it is and folds one of 76', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});

	it('counts octets, not characters: Cyrillic is 2, Hangul 3, an emoji 4', () => {
		for (const char of ['ы', '인', '✈️', '😀']) {
			const folded = foldLine(`SUMMARY:${char.repeat(60)}`);
			const physical = folded.split('\r\n');
			expect(physical.length).toBeGreaterThan(1);
			for (const line of physical) {
				const bytes = utf8.encode(line);
				expect(bytes.length).toBeLessThanOrEqual(75);
				// Decoding each physical line on its own fails if a character was cut in two.
				expect(() => strictUtf8.decode(bytes)).not.toThrow();
			}
			expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
			expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${char.repeat(60)}`);
		}
	});

	it('fills a line to 74 octets when the next 2-octet character would make it 76', () => {
		const [first, second] = foldLine(`SUMMARY:${'ы'.repeat(40)}`).split('\r\n');
		expect(utf8.encode(first).length).toBe(74);
		expect(second).toBe(` ${'ы'.repeat(7)}`);
	});
});

describe('calendarUid and calendarFileName', () => {
	it('name the flight by service and date, the same every time', () => {
		expect(calendarUid(firstFromIncheon)).toBe('ze-icn-ala-20250407@nonstop');
		expect(calendarUid(departureOn(service('ze-icn-ala'), airport, '2025-04-07')!)).toBe(calendarUid(firstFromIncheon));
		expect(calendarUid(firstFromAlmaty)).toBe('ze-ala-icn-20250407@nonstop');
		expect(calendarFileName(firstFromIncheon)).toBe('nonstop-ze-icn-ala-2025-04-07.ics');
	});
});

describe('departureSourceIds', () => {
	it('lists the sources for days, times and start date once each', () => {
		expect(departureSourceIds(service('ze-icn-ala'))).toEqual(['newspim', 'yonhap-zum', 'smartfn', 'the-fact', 'article', 'unjournal']);
	});
});

describe('flightCalendarFile', () => {
	const file = fileFor();

	it('is one VEVENT inside a published Gregorian VCALENDAR 2.0', () => {
		const lines = unfold(file);
		expect(lines.slice(0, 6)).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Nonstop//Almaty-Seoul direct flights//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'BEGIN:VEVENT'
		]);
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
		expect(lines.slice(-3)).toEqual(['END:VEVENT', 'END:VCALENDAR', '']);
	});

	it('puts the first Eastar Jet flight from Incheon at 10:30–17:45 UTC', () => {
		expect(property(file, 'DTSTART')).toBe('20250407T103000Z');
		expect(property(file, 'DTEND')).toBe('20250407T174500Z');
	});

	it('puts the overnight flight from Almaty across midnight UTC', () => {
		const overnight = fileFor(firstFromAlmaty);
		expect(property(overnight, 'DTSTART')).toBe('20250407T184500Z');
		expect(property(overnight, 'DTEND')).toBe('20250408T005000Z');
		expect(property(overnight, 'UID')).toBe('ze-ala-icn-20250407@nonstop');
	});

	it('stamps the file with the injected now, in UTC', () => {
		expect(property(file, 'DTSTAMP')).toBe('20250320T081542Z');
		expect(property(fileFor(firstFromIncheon, 'en', words, new Date('2026-01-01T00:00:00Z')), 'DTSTAMP')).toBe('20260101T000000Z');
	});

	it('keeps the UID stable whenever and in whatever language the file is made', () => {
		const later = fileFor(firstFromIncheon, 'ru', ruWords, new Date('2025-04-01T00:00:00Z'));
		expect(property(file, 'UID')).toBe('ze-icn-ala-20250407@nonstop');
		expect(property(later, 'UID')).toBe(property(file, 'UID'));
	});

	it('names airline and route in the summary, both airports in the location', () => {
		expect(property(file, 'SUMMARY')).toBe('Eastar Jet · Seoul ICN → Almaty ALA');
		expect(property(file, 'LOCATION')).toBe(
			'Incheon International Airport (ICN) → Almaty International Airport (ALA)'
		);
	});

	it('adds the flight number to the summary when one is known', () => {
		const numbered = {
			...firstFromIncheon,
			service: {
				...firstFromIncheon.service,
				flightNumber: { value: 'ZE123', sources: ['newspim'], confidence: 'high' as const, published: '2025-04-08', season: 'S25' }
			}
		};
		expect(property(fileFor(numbered), 'SUMMARY')).toBe('Eastar Jet ZE123 · Seoul ICN → Almaty ALA');
	});

	it('gives airport-local times with their offsets, the sources and the as-published note in the description', () => {
		const description = property(file, 'DESCRIPTION')!;
		const lines = description.split('\\n');
		expect(lines[0]).toBe('Departs Seoul ICN: Monday\\, 7 April 2025\\, 19:30 local time (UTC+9)');
		expect(lines[1]).toBe('Arrives Almaty ALA: Monday\\, 7 April 2025\\, 22:45 local time (UTC+5)');
		expect(lines[2]).toBe('Sources: Newspim\\, Yonhap News (via ZUM News)');
		expect(lines[3]).toBe('Times as published\\; check with the airline.');
		expect(description).not.toMatch(/[\r\n]/);
	});

	it('writes the words in the language passed in, folded within 75 octets and unfolding to the original', () => {
		const ru = fileFor(firstFromAlmaty, 'ru', ruWords);
		expect(property(ru, 'SUMMARY')).toBe('Eastar Jet · Алматы ALA → Сеул ICN');
		expect(property(ru, 'DESCRIPTION')).toContain('Прилёт\\, Сеул ICN: вторник\\, 8 апреля 2025 г.\\, 09:50 по местному времени (UTC+9)');
		for (const line of ru.split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
	});

	it('folds a long Korean and Russian summary without breaking a character', () => {
		const longName = {
			...airline('ZE'),
			name: { ...airline('ZE').name, ko: '이스타항공 인천–알마티 직항 정기편 (주 2회, 월요일·금요일 운항)', ru: 'Авиакомпания «Истар Джет», прямой регулярный рейс' }
		};
		for (const locale of ['ko', 'ru'] as const) {
			const text = flightCalendarFile({
				departure: firstFromIncheon,
				airline: longName,
				origin: incheon,
				destination: almaty,
				publishers: ['뉴스핌', '연합뉴스'],
				locale,
				words: ruWords,
				now: made
			});
			const physical = text.split('\r\n');
			for (const line of physical) {
				const bytes = utf8.encode(line);
				expect(bytes.length).toBeLessThanOrEqual(75);
				expect(() => strictUtf8.decode(bytes)).not.toThrow();
			}
			const summary = property(text, 'SUMMARY')!;
			expect(summary).toBe(
				`${escapeText(longName.name[locale])} · ${incheon.city[locale]} ICN → ${almaty.city[locale]} ALA`
			);
			// The summary really was long enough to need folding.
			expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(1);
		}
	});

	it('ends every line with CRLF and has no bare CR or LF anywhere', () => {
		expect(file.endsWith('\r\n')).toBe(true);
		expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of file.split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
	});

	it('escapes commas, semicolons, backslashes and newlines that come in with the data', () => {
		const odd = { ...airline('ZE'), name: { ...airline('ZE').name, en: 'Eastar; Jet, Inc.\\\nLtd' } };
		const text = flightCalendarFile({
			departure: firstFromIncheon,
			airline: odd,
			origin: incheon,
			destination: almaty,
			publishers: [],
			locale: 'en',
			words,
			now: made
		});
		expect(property(text, 'SUMMARY')).toBe('Eastar\\; Jet\\, Inc.\\\\\\nLtd · Seoul ICN → Almaty ALA');
		// With no publishers there is no sources line.
		expect(property(text, 'DESCRIPTION')).not.toContain('Sources');
	});

	it('says first, for a departure past its confirmed timetable, that nothing confirms it and where to check', () => {
		// Friday 4 December 2026: Eastar Jet's summer 2025 timetable, not confirmed since.
		const late = departureOn(service('ze-icn-ala'), airport, '2026-12-04')!;
		expect(late.confirmed).toBe(false);
		const lines = property(fileFor(late), 'DESCRIPTION')!.split('\\n');
		expect(lines[0]).toBe('From the last published timetable (April 2025)\\, not confirmed since. Check with Eastar Jet: https://www.eastarjet.com/');
		expect(lines[1]).toBe('Departs Seoul ICN: Friday\\, 4 December 2026\\, 19:30 local time (UTC+9)');
		// Inside the season it was announced for, the file reads as before.
		expect(property(fileFor(firstFromIncheon), 'DESCRIPTION')).not.toContain('not confirmed');
	});
	it('leaves a flight number out of the summary once its season has ended, and says how old it is', () => {
		const numbered = (published: string, season: string) => ({
			...firstFromIncheon,
			service: { ...firstFromIncheon.service, flightNumber: { value: 'ZE123', sources: ['donga'], confidence: 'medium' as const, published, season } }
		});
		// Reported for winter 2021/22: by April 2025 nothing vouches for it.
		const old = fileFor(numbered('2022-01-13', 'W21'));
		expect(property(old, 'SUMMARY')).toBe('Eastar Jet · Seoul ICN → Almaty ALA');
		expect(property(old, 'DESCRIPTION')).toContain('Flight number last reported: ZE123 (January 2022)\\, not confirmed since');
		expect(property(fileFor(numbered('2025-04-08', 'S25')), 'DESCRIPTION')).not.toContain('Flight number last reported');
	});

	it('says the arrival is not published, and gives no end, where the source gives only the departure', () => {
		const service = { ...firstFromIncheon.service, times: { ...firstFromIncheon.service.times!, value: { departure: '19:30', arrival: null, arrivalDayOffset: null } } };
		const departure = departureOn(service, airport, '2025-04-07')!;
		expect(departure).toMatchObject({ arrives: null, arrivalTime: null, durationMinutes: null });
		const file = fileFor(departure);
		expect(property(file, 'DTSTART')).toBe('20250407T103000Z');
		expect(property(file, 'DTEND')).toBeUndefined();
		expect(property(file, 'DESCRIPTION')!.split('\\n')[1]).toBe('Arrival time not published');
	});
});
