import type { FlightTimes, ScheduleFact, Service, WeeklyFrequency } from './schema';

/**
 * One record per scheduled flight leg. A field no source gives is null and is shown as
 * "not published": Air Astana's and Asiana's days and times are not in any source.
 *
 * Every schedule fact says when its source published it and the airline season it was announced
 * for (or reported true in): `S25` is summer 2025. A timetable is confirmed to the end of that
 * season; a later source that gives the same days and times goes in `confirmedBy` and carries it on.
 */

/** What a schedule fact says of its source, without the value: shared by the facts one report gives. */
type Dated = Omit<ScheduleFact<unknown>, 'value'>;
/** One airline's timetable for a period, shared by the records of its days and directions. */
type Timetable = Omit<Service, 'id' | 'origin' | 'destination' | 'daysOfOperation' | 'times'>;

// Regular direct flights between Almaty and Seoul, as the ambassador's speech of March 2025 says
// (the article and Trend's English text of it), and as Edaily and The Astana Times reported in 2024.
const airAstanaOperates: ScheduleFact<true> = {
	value: true,
	sources: ['article', 'trend-speech-en', 'edaily', 'astana-times'],
	confidence: 'high',
	published: '2025-03-07',
	season: 'W24'
};

const airAstanaWeekly: WeeklyFrequency[] = [
	// "Daily from April 2024" (The Astana Times) and "7 a week" (Edaily, June 2024) say the same.
	{ value: 7, sources: ['edaily', 'astana-times'], confidence: 'medium', published: '2024-06-12', season: 'S24' },
	{ value: 6, sources: ['inform-kz'], confidence: 'medium', published: '2023-04', season: 'S23' }
];
// Air Astana is replacing its 767s with 787-9s from September 2026 (a notice says so): this is the
// aircraft as last reported, in 2023.
const airAstanaAircraft: ScheduleFact<string> = { value: 'Boeing 767', sources: ['inform-kz'], confidence: 'medium', published: '2023-04', season: 'S23' };

// Yonhap's report on Eastar Jet's first flight (2025) names Asiana as the Korean full-service carrier
// on the route: it carries the speech's "regular direct flights" into summer 2025.
const asianaOperates: ScheduleFact<true> = {
	value: true,
	sources: ['article', 'trend-speech-en'],
	confidence: 'high',
	published: '2025-03-07',
	season: 'W24',
	confirmedBy: [{ sources: ['yonhap-zum'], published: '2025', season: 'S25' }]
};
const asianaWeekly: WeeklyFrequency[] = [{ value: 5, sources: ['edaily'], confidence: 'medium', published: '2024-06-12', season: 'S24' }];
// The source counts from Seoul Gimpo: Incheon opened only in March 2001.
const asianaSince = {
	value: {
		date: '1998-01',
		between: { en: 'Seoul (Gimpo)–Almaty', ru: 'Сеул (Кимпхо) — Алматы', kk: 'Сеул (Кимпхо) – Алматы', ko: '서울(김포)–알마티' }
	},
	sources: ['ajunews'],
	confidence: 'medium'
} as const satisfies Service['operatingSince'];
// A Newsis wire story of January 2022 (winter 2021/22).
const asianaNumber = (value: string): ScheduleFact<string> => ({ value, sources: ['donga'], confidence: 'medium', published: '2022-01-13', season: 'W21' });

const eastarOperates: ScheduleFact<true> = { value: true, sources: ['article', 'newspim'], confidence: 'high', published: '2025-04-08', season: 'S25' };
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
const eastarTimes = (value: FlightTimes): ScheduleFact<FlightTimes> => ({
	value,
	sources: ['newspim', 'yonhap-zum'],
	confidence: 'high',
	published: '2025-04-08',
	season: 'S25'
});
const eastarFrom: ScheduleFact<string> = { value: '2025-04-07', sources: ['article', 'newspim', 'unjournal'], confidence: 'high', published: '2025-04-10', season: 'S25' };
const eastarWeekly: WeeklyFrequency[] = [
	{ value: 2, sources: ['article', 'newspim'], confidence: 'high', published: '2025-04-08', season: 'S25' }
];

// Air Astana's Astana–Incheon flights, resumed on 15 June 2024: "nonstop 6 1/2-hour flights between
// Astana and Incheon on Wednesdays and Saturdays" (The Korea Herald). The report names the days of
// the route, not of each direction: read as both, it is medium, not high.
const astanaOperates: ScheduleFact<true> = { value: true, sources: ['koreaherald', 'edaily'], confidence: 'high', published: '2024-06-12', season: 'S24' };
const astanaDays: ScheduleFact<number[]> = { value: [3, 6], sources: ['koreaherald'], confidence: 'medium', published: '2024-06-12', season: 'S24' };
const astanaFrom: ScheduleFact<string> = { value: '2024-06-15', sources: ['koreaherald', 'edaily'], confidence: 'high', published: '2024-06-12', season: 'S24' };
const astanaWeekly: WeeklyFrequency[] = [{ value: 2, sources: ['edaily'], confidence: 'medium', published: '2024-06-12', season: 'S24' }];

// SCAT's Shymkent–Incheon flights, from 29 May 2025, one record per timetable: summer 2025 (Maeil
// Business, Global Travel News), winter 2025/26 and summer 2026 (Global Travel News, January 2026).
// Each report is one source for its timetable, and announced, so each is medium. Where a report gives
// only the Incheon end, the Shymkent end stays unpublished.
const scatAircraft: ScheduleFact<string> = {
	value: 'Boeing 737 MAX 8 / 737-800',
	sources: ['mk'],
	confidence: 'medium',
	published: '2025-05-16',
	season: 'S25',
	announced: true
};
const scatWeekly: WeeklyFrequency[] = [
	{ value: 4, sources: ['gtn'], confidence: 'medium', published: '2026-01-30', season: 'S26', announced: true, from: '2026-07-11' },
	{ value: 3, sources: ['gtn'], confidence: 'medium', published: '2026-01-30', season: 'S26', announced: true, from: '2026-03-30' },
	// "The winter before ran twice a week", in the same report.
	{ value: 2, sources: ['gtn'], confidence: 'medium', published: '2026-01-30', season: 'W25', from: '2025-10-26' },
	{ value: 2, sources: ['mk'], confidence: 'medium', published: '2025-05-16', season: 'S25', announced: true, from: '2025-05-29' }
];
const scatSummer2025: Timetable = {
	airline: 'DV',
	operates: { value: true, sources: ['mk', 'gtn-2025'], confidence: 'high', published: '2025-05-16', season: 'S25' },
	flightNumber: null,
	aircraft: scatAircraft,
	// The first flight, as both of May 2025's reports announced it.
	validFrom: { value: '2025-05-29', sources: ['mk', 'gtn-2025'], confidence: 'high', published: '2025-05-16', season: 'S25', announced: true },
	validTo: { value: '2025-10-25', sources: ['mk'], confidence: 'medium', published: '2025-05-16', season: 'S25', announced: true },
	operatingSince: null,
	flightsPerWeek: scatWeekly
};
const scatSummer2025Days = (value: number[]): ScheduleFact<number[]> => ({ value, sources: ['mk', 'gtn-2025'], confidence: 'medium', published: '2025-05-16', season: 'S25', announced: true });
// Maeil Business's times; Global Travel News gives Thursday's arrival as 05:50.
const scatSummer2025Times = (value: FlightTimes): ScheduleFact<FlightTimes> => ({ value, sources: ['mk'], confidence: 'medium', published: '2025-05-16', season: 'S25', announced: true });

const gtnWinter: Dated = { sources: ['gtn'], confidence: 'medium', published: '2026-01-30', season: 'W25' };
const scatWinter2025: Timetable = {
	airline: 'DV',
	operates: { value: true, ...gtnWinter },
	flightNumber: null,
	aircraft: null,
	validFrom: { value: '2025-10-26', ...gtnWinter },
	validTo: { value: '2026-03-28', ...gtnWinter },
	operatingSince: null,
	flightsPerWeek: scatWeekly
};

const gtnSummer: Dated = { sources: ['gtn'], confidence: 'medium', published: '2026-01-30', season: 'S26', announced: true };
const scatSummer2026: Timetable = {
	airline: 'DV',
	operates: { value: true, ...gtnSummer },
	flightNumber: null,
	aircraft: null,
	validFrom: { value: '2026-03-30', ...gtnSummer },
	validTo: null,
	operatingSince: null,
	flightsPerWeek: scatWeekly
};

// Eastar Jet's Busan–Almaty flights, announced in January 2026 for 1 May 2026. The times are shown
// as announced: 5 h 55 min eastbound is short for the distance, so they are medium, not high. A later,
// undated report (Seoul News Agency) names the flight ZE935 and the aircraft, and puts the first
// flight "on the 15th": a notice says so, at the low confidence an undated single report earns.
const busanOperates: ScheduleFact<true> = { value: true, sources: ['asiae', 'sedaily', 'snakorea'], confidence: 'high', published: '2026-01-09', season: 'S26' };
const busanDays: ScheduleFact<number[]> = { value: [1, 5], sources: ['asiae', 'sedaily'], confidence: 'high', published: '2026-01-09', season: 'S26', announced: true };
// Both directions' times come from the same January 2026 reports.
const busanTimes = (value: FlightTimes): ScheduleFact<FlightTimes> => ({
	value,
	sources: ['asiae', 'sedaily'],
	confidence: 'medium',
	published: '2026-01-09',
	season: 'S26',
	announced: true
});
const busanFrom: ScheduleFact<string> = { value: '2026-05-01', sources: ['asiae', 'sedaily'], confidence: 'high', published: '2026-01-09', season: 'S26', announced: true };
const busanAircraft: ScheduleFact<string> = { value: 'Boeing 737', sources: ['snakorea'], confidence: 'medium', published: '2026', season: 'S26' };
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
		operates: airAstanaOperates,
		...notScheduled,
		aircraft: airAstanaAircraft,
		flightsPerWeek: airAstanaWeekly
	},
	{
		id: 'kc-icn-ala',
		airline: 'KC',
		origin: 'ICN',
		destination: 'ALA',
		operates: airAstanaOperates,
		...notScheduled,
		aircraft: airAstanaAircraft,
		flightsPerWeek: airAstanaWeekly
	},
	{
		id: 'oz-ala-icn',
		airline: 'OZ',
		origin: 'ALA',
		destination: 'ICN',
		operates: asianaOperates,
		...notScheduled,
		flightNumber: asianaNumber('OZ578'),
		operatingSince: asianaSince,
		flightsPerWeek: asianaWeekly
	},
	{
		id: 'oz-icn-ala',
		airline: 'OZ',
		origin: 'ICN',
		destination: 'ALA',
		operates: asianaOperates,
		...notScheduled,
		flightNumber: asianaNumber('OZ577'),
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
	// SCAT, summer 2025: a different time each day.
	{
		id: 'dv-cit-icn-s25-mon',
		origin: 'CIT',
		destination: 'ICN',
		...scatSummer2025,
		daysOfOperation: scatSummer2025Days([1]),
		times: scatSummer2025Times({ departure: '14:00', arrival: '00:20', arrivalDayOffset: 1 })
	},
	{
		id: 'dv-cit-icn-s25-thu',
		origin: 'CIT',
		destination: 'ICN',
		...scatSummer2025,
		daysOfOperation: scatSummer2025Days([4]),
		times: scatSummer2025Times({ departure: '19:40', arrival: '05:55', arrivalDayOffset: 1 })
	},
	{
		id: 'dv-icn-cit-s25-tue',
		origin: 'ICN',
		destination: 'CIT',
		...scatSummer2025,
		daysOfOperation: scatSummer2025Days([2]),
		times: scatSummer2025Times({ departure: '01:30', arrival: '04:20', arrivalDayOffset: 0 })
	},
	{
		id: 'dv-icn-cit-s25-fri',
		origin: 'ICN',
		destination: 'CIT',
		...scatSummer2025,
		daysOfOperation: scatSummer2025Days([5]),
		times: scatSummer2025Times({ departure: '06:55', arrival: '09:55', arrivalDayOffset: 0 })
	},
	// SCAT, winter 2025/26: departures from each end, arrivals not published.
	{
		id: 'dv-cit-icn-w25',
		origin: 'CIT',
		destination: 'ICN',
		...scatWinter2025,
		daysOfOperation: { value: [1, 4], ...gtnWinter },
		times: { value: { departure: '19:45', arrival: null, arrivalDayOffset: null }, ...gtnWinter }
	},
	{
		id: 'dv-icn-cit-w25',
		origin: 'ICN',
		destination: 'CIT',
		...scatWinter2025,
		daysOfOperation: { value: [2, 5], ...gtnWinter },
		times: { value: { departure: '06:55', arrival: null, arrivalDayOffset: null }, ...gtnWinter }
	},
	// SCAT, summer 2026 as announced: the Incheon end only; Saturday added from 11 July, at 05:45.
	{
		id: 'dv-cit-icn-s26',
		origin: 'CIT',
		destination: 'ICN',
		...scatSummer2026,
		daysOfOperation: null,
		times: null
	},
	{
		id: 'dv-icn-cit-s26',
		origin: 'ICN',
		destination: 'CIT',
		...scatSummer2026,
		validTo: { value: '2026-07-10', ...gtnSummer },
		daysOfOperation: { value: [1, 2, 5], ...gtnSummer },
		times: { value: { departure: '06:55', arrival: null, arrivalDayOffset: null }, ...gtnSummer }
	},
	{
		id: 'dv-icn-cit-s26-jul',
		origin: 'ICN',
		destination: 'CIT',
		...scatSummer2026,
		validFrom: { value: '2026-07-11', ...gtnSummer },
		daysOfOperation: { value: [1, 2, 5, 6], ...gtnSummer },
		times: { value: { departure: '05:45', arrival: null, arrivalDayOffset: null }, ...gtnSummer }
	},
	{
		id: 'ze-pus-ala',
		airline: 'ZE',
		origin: 'PUS',
		destination: 'ALA',
		operates: busanOperates,
		...notScheduled,
		flightNumber: { value: 'ZE935', sources: ['snakorea'], confidence: 'medium', published: '2026', season: 'S26' },
		daysOfOperation: busanDays,
		times: busanTimes({ departure: '18:55', arrival: '22:40', arrivalDayOffset: 0 }),
		aircraft: busanAircraft,
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
		aircraft: busanAircraft,
		validFrom: busanFrom,
		flightsPerWeek: busanWeekly
	}
];
