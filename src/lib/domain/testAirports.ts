/**
 * A small catalog of its own for the domain tests: airports with their offsets, airlines, and the
 * Almaty–Seoul services as first published. The live data can change (a route added, a timetable
 * confirmed) without breaking a test of how departures, durations or calendar files are worked out.
 */
import type { Airline, Airport, ScheduleFact, Service } from '$lib/data/schema';

const kazakhstan: Airport['utcOffsets'] = [
	{ since: '1992-01-19', minutes: 360 },
	{ since: '2024-03-01', minutes: 300 }
];

export const almaty: Airport = {
	iata: 'ALA',
	icao: 'UAAA',
	name: { en: 'Almaty International Airport', ru: 'Международный аэропорт Алматы', kk: 'Алматы халықаралық әуежайы', ko: '알마티국제공항' },
	city: { en: 'Almaty', ru: 'Алматы', kk: 'Алматы', ko: '알마티' },
	country: 'KZ',
	latitude: 43.3543,
	longitude: 77.0428,
	elevationMetres: 681,
	timeZone: 'Asia/Almaty',
	utcOffsets: kazakhstan,
	sources: { position: ['ourairports'], utcOffsets: ['tz-database'] }
};

export const incheon: Airport = {
	iata: 'ICN',
	icao: 'RKSI',
	name: { en: 'Incheon International Airport', ru: 'Международный аэропорт Инчхон', kk: 'Инчхон халықаралық әуежайы', ko: '인천국제공항' },
	city: { en: 'Seoul', ru: 'Сеул', kk: 'Сеул', ko: '서울' },
	country: 'KR',
	latitude: 37.4691,
	longitude: 126.451,
	elevationMetres: 7,
	timeZone: 'Asia/Seoul',
	utcOffsets: [{ since: '1988-05-08', minutes: 540 }],
	sources: { position: ['ourairports'], utcOffsets: ['tz-database'] }
};

/** Astana, Shymkent and Busan, for the tests of more than one airport pair (positions from OurAirports). */
export const astana: Airport = {
	...almaty,
	iata: 'NQZ',
	icao: 'UACC',
	name: { en: 'Nursultan Nazarbayev International Airport', ru: 'Международный аэропорт имени Нурсултана Назарбаева', kk: 'Нұрсұлтан Назарбаев атындағы халықаралық әуежай', ko: '누르술탄나자르바예프국제공항' },
	city: { en: 'Astana', ru: 'Астана', kk: 'Астана', ko: '아스타나' },
	latitude: 51.0222,
	longitude: 71.4669,
	elevationMetres: 355
};

export const shymkent: Airport = {
	...almaty,
	iata: 'CIT',
	icao: 'UAII',
	name: { en: 'Shymkent International Airport', ru: 'Международный аэропорт Шымкент', kk: 'Шымкент халықаралық әуежайы', ko: '쉼켄트국제공항' },
	city: { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент', ko: '쉼켄트' },
	latitude: 42.3642,
	longitude: 69.4789,
	elevationMetres: 422
};

export const busan: Airport = {
	...incheon,
	iata: 'PUS',
	icao: 'RKPK',
	name: { en: 'Gimhae International Airport', ru: 'Международный аэропорт Кимхэ', kk: 'Кимхэ халықаралық әуежайы', ko: '김해국제공항' },
	city: { en: 'Busan', ru: 'Пусан', kk: 'Пусан', ko: '부산' },
	latitude: 35.1795,
	longitude: 128.938,
	elevationMetres: 2
};

const airports = new Map([almaty, incheon, astana, shymkent, busan].map((a) => [a.iata, a]));

/** Finds a fixture airport by its code, or throws, as the data's `airport` does. */
export function airport(code: string): Airport {
	const found = airports.get(code);
	if (!found) throw new Error(`no airport ${code}`);
	return found;
}

const reported = (published: string, season: string, sources: string[] = ['newspim']) =>
	({ sources, confidence: 'high', published, season }) as const;
const days = (value: number[]): ScheduleFact<number[]> => ({ value, ...reported('2025-04-08', 'S25', ['newspim', 'smartfn', 'the-fact']) });
const notScheduled = { flightNumber: null, daysOfOperation: null, times: null, aircraft: null, validFrom: null, validTo: null, operatingSince: null } as const;

/** Eastar Jet as announced for summer 2025, and Air Astana and Asiana with no published days or times. */
export const services: Service[] = [
	{
		id: 'ze-icn-ala',
		airline: 'ZE',
		origin: 'ICN',
		destination: 'ALA',
		operates: { value: true, ...reported('2025-04-08', 'S25', ['article', 'newspim']) },
		flightNumber: null,
		daysOfOperation: days([1, 5]),
		times: { value: { departure: '19:30', arrival: '22:45', arrivalDayOffset: 0 }, ...reported('2025-04-08', 'S25', ['newspim', 'yonhap-zum']) },
		aircraft: { value: 'Boeing 737-8', ...reported('2025', 'S25', ['yonhap-zum']), confidence: 'medium', announced: true },
		validFrom: { value: '2025-04-07', ...reported('2025-04-10', 'S25', ['article', 'newspim', 'unjournal']) },
		validTo: null,
		operatingSince: null,
		flightsPerWeek: [{ value: 2, ...reported('2025-04-08', 'S25') }]
	},
	{
		id: 'ze-ala-icn',
		airline: 'ZE',
		origin: 'ALA',
		destination: 'ICN',
		operates: { value: true, ...reported('2025-04-08', 'S25', ['article', 'newspim']) },
		flightNumber: null,
		daysOfOperation: days([1, 5]),
		times: { value: { departure: '23:45', arrival: '09:50', arrivalDayOffset: 1 }, ...reported('2025-04-08', 'S25', ['newspim', 'yonhap-zum']) },
		aircraft: null,
		validFrom: { value: '2025-04-07', ...reported('2025-04-10', 'S25', ['article', 'newspim', 'unjournal']) },
		validTo: null,
		operatingSince: null,
		flightsPerWeek: [{ value: 2, ...reported('2025-04-08', 'S25') }]
	},
	...(['kc-ala-icn', 'kc-icn-ala', 'oz-ala-icn', 'oz-icn-ala'] as const).map(
		(id): Service => ({
			id,
			airline: id.slice(0, 2).toUpperCase(),
			origin: id.slice(3, 6).toUpperCase(),
			destination: id.slice(7).toUpperCase(),
			operates: { value: true, ...reported('2025-03-07', 'W24', ['article', 'trend-speech-en']) },
			...notScheduled,
			flightNumber: id.startsWith('oz') ? { value: id === 'oz-icn-ala' ? 'OZ577' : 'OZ578', ...reported('2022-01-13', 'W21', ['donga']), confidence: 'medium' } : null,
			flightsPerWeek: []
		})
	)
];

/** A fixture service by its id, or throws. */
export const service = (id: string): Service => {
	const found = services.find((s) => s.id === id);
	if (!found) throw new Error(`no service ${id}`);
	return found;
};

/** Air Astana, Asiana and SCAT, named and coloured for the tests. */
export const airAstana: Airline = {
	iata: 'KC',
	icao: 'KZR',
	name: { en: 'Air Astana', ru: 'Эйр Астана', kk: 'Эйр Астана', ko: '에어아스타나' },
	country: 'KZ',
	colour: { light: '#00747f', dark: '#4fd1db' },
	website: 'https://airastana.com/'
};

export const asiana: Airline = {
	iata: 'OZ',
	icao: 'AAR',
	name: { en: 'Asiana Airlines', ru: 'Asiana Airlines', kk: 'Asiana Airlines', ko: '아시아나항공' },
	country: 'KR',
	colour: { light: '#8a5a00', dark: '#f0b44c' },
	website: 'https://flyasiana.com/'
};

export const scat: Airline = {
	iata: 'DV',
	icao: 'VSV',
	name: { en: 'SCAT Airlines', ru: 'SCAT', kk: 'SCAT', ko: '스캇항공' },
	country: 'KZ',
	colour: { light: '#6a3d9a', dark: '#c4a2ec' },
	website: 'https://scat.kz/'
};

/** Eastar Jet as the tests name it. */
export const eastarJet: Airline = {
	iata: 'ZE',
	icao: 'ESR',
	name: { en: 'Eastar Jet', ru: 'Eastar Jet', kk: 'Eastar Jet', ko: '이스타항공' },
	country: 'KR',
	colour: { light: '#c8102e', dark: '#ff6b7d' },
	website: 'https://www.eastarjet.com/'
};
