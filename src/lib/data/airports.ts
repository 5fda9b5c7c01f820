import type { Airport } from './schema';

export const airports: Airport[] = [
	{
		iata: 'ALA',
		icao: 'UAAA',
		name: {
			en: 'Almaty International Airport',
			ru: 'Международный аэропорт Алматы',
			kk: 'Алматы халықаралық әуежайы',
			ko: '알마티 국제공항'
		},
		city: { en: 'Almaty', ru: 'Алматы', kk: 'Алматы', ko: '알마티' },
		country: 'KZ',
		latitude: 43.35528,
		longitude: 77.04472,
		elevationMetres: 681,
		timeZone: 'Asia/Almaty',
		// Kazakhstan moved to a single UTC+5 at 00:00 on 1 March 2024 (tz 2024a). Older devices still say +6.
		utcOffsets: [
			{ since: '1992-01-19', minutes: 360 },
			{ since: '2024-03-01', minutes: 300 }
		],
		sources: { position: ['ourairports'], utcOffsets: ['tz-database'] }
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
		latitude: 37.46333,
		longitude: 126.44,
		elevationMetres: 7,
		timeZone: 'Asia/Seoul',
		utcOffsets: [{ since: '1988-10-09', minutes: 540 }],
		sources: { position: ['ourairports'], utcOffsets: ['tz-database'] }
	}
];
