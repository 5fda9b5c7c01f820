import type { Fact, Service } from './schema';

/**
 * One record per scheduled flight leg. A field no source gives is null and is shown as
 * "not published": Air Astana's and Asiana's 2025 days and times are not in any source.
 */

const article2025: Fact<true> = { value: true, sources: ['article', 'trend-speech-en'], confidence: 'high', asOf: '2025-03' };

const airAstanaWeekly: Fact<number>[] = [
	{ value: 7, sources: ['edaily'], confidence: 'medium', asOf: '2024-06' },
	{ value: 6, sources: ['inform-kz'], confidence: 'medium', asOf: '2023-04' }
];
const airAstanaAircraft: Fact<string> = { value: 'Boeing 767', sources: ['inform-kz'], confidence: 'medium', asOf: '2023-04' };

const asianaWeekly: Fact<number>[] = [{ value: 5, sources: ['edaily'], confidence: 'medium', asOf: '2024-06' }];
const asianaSince: Fact<string> = { value: '1998-01', sources: ['ajunews'], confidence: 'medium' };

const eastarOperates: Fact<true> = { value: true, sources: ['article', 'newspim'], confidence: 'high', asOf: '2025-04' };
const eastarDays: Fact<number[]> = { value: [1, 5], sources: ['newspim', 'smartfn', 'the-fact'], confidence: 'high' };
const eastarAircraft: Fact<string> = { value: 'Boeing 737-8', sources: ['yonhap-zum'], confidence: 'medium', announced: true };
const eastarFrom: Fact<string> = { value: '2025-04-07', sources: ['article', 'newspim', 'unjournal'], confidence: 'high' };
const eastarWeekly: Fact<number>[] = [{ value: 2, sources: ['article', 'newspim'], confidence: 'high', asOf: '2025-04' }];

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
		flightNumber: { value: 'OZ578', sources: ['donga'], confidence: 'medium', asOf: '2022' },
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
		flightNumber: { value: 'OZ577', sources: ['donga'], confidence: 'medium', asOf: '2022' },
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
		times: {
			value: { departure: '19:30', arrival: '22:45', arrivalDayOffset: 0 },
			sources: ['newspim', 'yonhap-zum'],
			confidence: 'high'
		},
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
		times: {
			value: { departure: '23:45', arrival: '09:50', arrivalDayOffset: 1 },
			sources: ['newspim', 'yonhap-zum'],
			confidence: 'high'
		},
		aircraft: eastarAircraft,
		validFrom: eastarFrom,
		validTo: null,
		operatingSince: null,
		flightsPerWeek: eastarWeekly
	}
];
