import type { Cited, ScheduleFact, Service, WeeklyFrequency } from './schema';

/**
 * One record per scheduled flight leg. A field no source gives is null and is shown as
 * "not published": Air Astana's and Asiana's days and times are not in any source.
 *
 * Every schedule fact says when its source published it and the airline season it was announced
 * for (or reported true in): `S25` is summer 2025. A timetable is confirmed to the end of that
 * season; a later source that gives the same days and times goes in `confirmedBy` and carries it on.
 */

const article2025: Cited & { value: true; asOf: string } = { value: true, sources: ['article', 'trend-speech-en'], confidence: 'high', asOf: '2025-03' };

const airAstanaWeekly: ScheduleFact<number>[] = [
	// "Daily from April 2024" (The Astana Times) and "7 a week" (Edaily, June 2024) say the same.
	{ value: 7, sources: ['edaily', 'astana-times'], confidence: 'medium', published: '2024-06-12', season: 'S24' },
	{ value: 6, sources: ['inform-kz'], confidence: 'medium', published: '2023-04', season: 'S23' }
];
const airAstanaAircraft: ScheduleFact<string> = { value: 'Boeing 767', sources: ['inform-kz'], confidence: 'medium', published: '2023-04', season: 'S23' };

const asianaWeekly: ScheduleFact<number>[] = [{ value: 5, sources: ['edaily'], confidence: 'medium', published: '2024-06-12', season: 'S24' }];
// The source counts from Seoul Gimpo: Incheon opened only in March 2001.
const asianaSince = {
	value: {
		date: '1998-01',
		between: { en: 'Seoul (Gimpo)–Almaty', ru: 'Сеул (Кимпхо) — Алматы', kk: 'Сеул (Кимпхо) – Алматы', ko: '서울(김포)–알마티' }
	},
	sources: ['ajunews'],
	confidence: 'medium'
} as const satisfies Service['operatingSince'];

const eastarOperates = { value: true, sources: ['article', 'newspim'], confidence: 'high', asOf: '2025-04' } as const satisfies Service['operates'];
// Announced in April 2025 for the 2025 summer season; no later source confirms them.
const eastarDays: ScheduleFact<number[]> = {
	value: [1, 5],
	sources: ['newspim', 'smartfn', 'the-fact'],
	confidence: 'high',
	published: '2025-04-08',
	season: 'S25'
};
const eastarAircraft: ScheduleFact<string> = {
	value: 'Boeing 737-8',
	sources: ['yonhap-zum'],
	confidence: 'medium',
	published: '2025',
	season: 'S25',
	announced: true
};
// Both directions' times come from the same April 2025 reports.
const eastarTimes = (value: { departure: string; arrival: string; arrivalDayOffset: 0 | 1 }): ScheduleFact<typeof value> => ({
	value,
	sources: ['newspim', 'yonhap-zum'],
	confidence: 'high',
	published: '2025-04-08',
	season: 'S25'
});
const eastarFrom = { value: '2025-04-07', sources: ['article', 'newspim', 'unjournal'], confidence: 'high' } as const satisfies Service['validFrom'];
const eastarWeekly: ScheduleFact<number>[] = [
	{ value: 2, sources: ['article', 'newspim'], confidence: 'high', published: '2025-04-08', season: 'S25' }
];

// Air Astana's Astana–Incheon flights, resumed on 15 June 2024: "nonstop 6 1/2-hour flights between
// Astana and Incheon on Wednesdays and Saturdays" (The Korea Herald). The report names the days of
// the route, not of each direction: read as both, it is medium, not high.
const astanaOperates = { value: true, sources: ['koreaherald', 'edaily'], confidence: 'high', asOf: '2024-06' } as const satisfies Service['operates'];
const astanaDays: ScheduleFact<number[]> = { value: [3, 6], sources: ['koreaherald'], confidence: 'medium', published: '2024-06-12', season: 'S24' };
const astanaFrom = { value: '2024-06-15', sources: ['koreaherald', 'edaily'], confidence: 'high' } as const satisfies Service['validFrom'];
const astanaWeekly: WeeklyFrequency[] = [{ value: 2, sources: ['edaily'], confidence: 'high', published: '2024-06-12', season: 'S24' }];

// SCAT's Shymkent–Incheon flights, from 29 May 2025. The reports give the steps up in advance.
const scatOperates = { value: true, sources: ['mk', 'gtn'], confidence: 'high', asOf: '2026-01' } as const satisfies Service['operates'];
const scatFrom = { value: '2025-05-29', sources: ['mk'], confidence: 'high' } as const satisfies Service['validFrom'];
const scatAircraft: ScheduleFact<string> = {
	value: 'Boeing 737 MAX 8 / 737-800',
	sources: ['mk'],
	confidence: 'high',
	published: '2025-05-16',
	season: 'S25',
	announced: true
};
const scatWeekly: WeeklyFrequency[] = [
	{ value: 4, sources: ['gtn'], confidence: 'high', published: '2026-01-30', season: 'S26', announced: true, from: '2026-07-11' },
	{ value: 3, sources: ['gtn'], confidence: 'high', published: '2026-01-30', season: 'S26', announced: true, from: '2026-03-30' },
	{ value: 2, sources: ['mk'], confidence: 'high', published: '2025-05-16', season: 'S25', announced: true, from: '2025-05-29' }
];

// Eastar Jet's Busan–Almaty flights, announced in January 2026 for 1 May 2026. The times are shown
// as announced: 5 h 55 min eastbound is short for the distance, so they are medium, not high.
const busanOperates = { value: true, sources: ['asiae', 'sedaily'], confidence: 'high', asOf: '2026-01', announced: true } as const satisfies Service['operates'];
const busanDays: ScheduleFact<number[]> = { value: [1, 5], sources: ['asiae', 'sedaily'], confidence: 'high', published: '2026-01-09', season: 'S26', announced: true };
// Both directions' times come from the same January 2026 reports.
const busanTimes = (value: { departure: string; arrival: string; arrivalDayOffset: 0 | 1 }): ScheduleFact<typeof value> => ({
	value,
	sources: ['asiae', 'sedaily'],
	confidence: 'medium',
	published: '2026-01-09',
	season: 'S26',
	announced: true
});
const busanFrom = { value: '2026-05-01', sources: ['asiae', 'sedaily'], confidence: 'high' } as const satisfies Service['validFrom'];
const busanWeekly: WeeklyFrequency[] = [
	{ value: 2, sources: ['asiae', 'sedaily'], confidence: 'high', published: '2026-01-09', season: 'S26', announced: true }
];

const notScheduled = {
	flightNumber: null,
	daysOfOperation: null,
	times: null,
	aircraft: null,
	validFrom: null,
	validTo: null,
	operatingSince: null
} as const;

export const services: Service[] = [
	{
		id: 'kc-ala-icn',
		airline: 'KC',
		origin: 'ALA',
		destination: 'ICN',
		operates: article2025,
		...notScheduled,
		aircraft: airAstanaAircraft,
		flightsPerWeek: airAstanaWeekly
	},
	{
		id: 'kc-icn-ala',
		airline: 'KC',
		origin: 'ICN',
		destination: 'ALA',
		operates: article2025,
		...notScheduled,
		aircraft: airAstanaAircraft,
		flightsPerWeek: airAstanaWeekly
	},
	{
		id: 'oz-ala-icn',
		airline: 'OZ',
		origin: 'ALA',
		destination: 'ICN',
		operates: article2025,
		...notScheduled,
		flightNumber: { value: 'OZ578', sources: ['donga'], confidence: 'medium', published: '2022-01-13', season: 'W21' },
		operatingSince: asianaSince,
		flightsPerWeek: asianaWeekly
	},
	{
		id: 'oz-icn-ala',
		airline: 'OZ',
		origin: 'ICN',
		destination: 'ALA',
		operates: article2025,
		...notScheduled,
		flightNumber: { value: 'OZ577', sources: ['donga'], confidence: 'medium', published: '2022-01-13', season: 'W21' },
		operatingSince: asianaSince,
		flightsPerWeek: asianaWeekly
	},
	{
		id: 'ze-icn-ala',
		airline: 'ZE',
		origin: 'ICN',
		destination: 'ALA',
		operates: eastarOperates,
		flightNumber: null,
		daysOfOperation: eastarDays,
		times: eastarTimes({ departure: '19:30', arrival: '22:45', arrivalDayOffset: 0 }),
		aircraft: eastarAircraft,
		validFrom: eastarFrom,
		validTo: null,
		operatingSince: null,
		flightsPerWeek: eastarWeekly
	},
	{
		id: 'ze-ala-icn',
		airline: 'ZE',
		origin: 'ALA',
		destination: 'ICN',
		operates: eastarOperates,
		flightNumber: null,
		daysOfOperation: eastarDays,
		times: eastarTimes({ departure: '23:45', arrival: '09:50', arrivalDayOffset: 1 }),
		aircraft: eastarAircraft,
		validFrom: eastarFrom,
		validTo: null,
		operatingSince: null,
		flightsPerWeek: eastarWeekly
	},
	{
		id: 'kc-nqz-icn',
		airline: 'KC',
		origin: 'NQZ',
		destination: 'ICN',
		operates: astanaOperates,
		...notScheduled,
		daysOfOperation: astanaDays,
		validFrom: astanaFrom,
		flightsPerWeek: astanaWeekly
	},
	{
		id: 'kc-icn-nqz',
		airline: 'KC',
		origin: 'ICN',
		destination: 'NQZ',
		operates: astanaOperates,
		...notScheduled,
		daysOfOperation: astanaDays,
		validFrom: astanaFrom,
		flightsPerWeek: astanaWeekly
	},
	{
		id: 'dv-cit-icn',
		airline: 'DV',
		origin: 'CIT',
		destination: 'ICN',
		operates: scatOperates,
		...notScheduled,
		aircraft: scatAircraft,
		validFrom: scatFrom,
		flightsPerWeek: scatWeekly
	},
	{
		id: 'dv-icn-cit',
		airline: 'DV',
		origin: 'ICN',
		destination: 'CIT',
		operates: scatOperates,
		...notScheduled,
		aircraft: scatAircraft,
		validFrom: scatFrom,
		flightsPerWeek: scatWeekly
	},
	{
		id: 'ze-pus-ala',
		airline: 'ZE',
		origin: 'PUS',
		destination: 'ALA',
		operates: busanOperates,
		...notScheduled,
		daysOfOperation: busanDays,
		times: busanTimes({ departure: '18:55', arrival: '22:40', arrivalDayOffset: 0 }),
		validFrom: busanFrom,
		flightsPerWeek: busanWeekly
	},
	{
		id: 'ze-ala-pus',
		airline: 'ZE',
		origin: 'ALA',
		destination: 'PUS',
		operates: busanOperates,
		...notScheduled,
		daysOfOperation: busanDays,
		times: busanTimes({ departure: '23:40', arrival: '09:35', arrivalDayOffset: 1 }),
		validFrom: busanFrom,
		flightsPerWeek: busanWeekly
	}
];
