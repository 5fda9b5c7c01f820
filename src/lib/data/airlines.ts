import type { Airline } from './schema';

// Colours keep the carriers apart on the map and pass 3:1 against the basemap in both themes.
export const airlines: Airline[] = [
	{
		iata: 'KC',
		icao: 'KZR',
		name: { en: 'Air Astana', ru: 'Эйр Астана', kk: 'Эйр Астана', ko: '에어아스타나' },
		country: 'KZ',
		colour: { light: '#00747f', dark: '#4fd1db' },
		website: 'https://airastana.com/'
	},
	{
		iata: 'OZ',
		icao: 'AAR',
		name: { en: 'Asiana Airlines', ru: 'Asiana Airlines', kk: 'Asiana Airlines', ko: '아시아나항공' },
		country: 'KR',
		colour: { light: '#8a5a00', dark: '#f0b44c' },
		website: 'https://flyasiana.com/'
	},
	{
		iata: 'ZE',
		icao: 'ESR',
		name: { en: 'Eastar Jet', ru: 'Eastar Jet', kk: 'Eastar Jet', ko: '이스타항공' },
		country: 'KR',
		colour: { light: '#c8102e', dark: '#ff7a8a' },
		website: 'https://www.eastarjet.com/'
	},
	{
		iata: 'DV',
		icao: 'VSV',
		name: { en: 'SCAT Airlines', ru: 'SCAT', kk: 'SCAT', ko: '스캇항공' },
		country: 'KZ',
		colour: { light: '#6a3d9a', dark: '#c4a2ec' },
		website: 'https://scat.kz/'
	}
];
