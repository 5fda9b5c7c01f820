import type { RouteFact } from './schema';

/** Figures about an airport pair, or about every route between two countries, each with its date. */
export const routeFacts: RouteFact[] = [
	{
		id: 'ala-icn-weekly-2024-06',
		scope: { airports: ['ALA', 'ICN'] },
		kind: 'weekly-flights',
		// "인천-알마티 간만 주 12회(아시아나항공 5회, 에어아스타나 7회)"
		fact: { value: 12, sources: ['edaily'], confidence: 'medium', asOf: '2024-06' },
		byAirline: [
			{ airline: 'KC', flights: 7 },
			{ airline: 'OZ', flights: 5 }
		]
	},
	{
		id: 'kz-kr-weekly-2025-04',
		// The ambassador's "11 direct flights per week between the two countries": Astana–Seoul included.
		// One report of one speech: medium, as the about page defines it.
		scope: { countries: ['KZ', 'KR'] },
		counts: {
			en: 'all routes, Astana–Seoul included',
			ru: 'все маршруты, включая Астана — Сеул',
			kk: 'барлық маршрут, Астана – Сеул маршрутын қоса алғанда',
			ko: '아스타나–서울 포함 전 노선'
		},
		kind: 'weekly-flights',
		fact: { value: 11, sources: ['unjournal'], confidence: 'medium', asOf: '2025-04' },
		plus: { airline: 'ZE', flights: 2 }
	},
	{
		id: 'kz-kr-weekly-2025-05',
		// "현재 아스타나와 알마티의 직항노선은 주 13회": Astana and Almaty together, before Shymkent's first flight.
		// Aju's report of the same week gives only the total after Shymkent (below), not this 13.
		scope: { countries: ['KZ', 'KR'] },
		counts: {
			en: 'Astana and Almaty only, before the first Shymkent–Incheon flight',
			ru: 'только Астана и Алматы, до первого рейса Шымкент — Инчхон',
			kk: 'тек Астана мен Алматы, Шымкент – Инчхон маршрутындағы алғашқы рейске дейін',
			ko: '아스타나·알마티 노선만, 쉼켄트–인천 첫 운항 전'
		},
		kind: 'weekly-flights',
		fact: { value: 13, sources: ['ttlnews'], confidence: 'medium', asOf: '2025-05' }
	},
	{
		id: 'kz-kr-weekly-2025-05-with-cit',
		// Aju: Shymkent's twice-weekly flights "bring the total to 15". Kazakhstan's transport ministry
		// counted "8 → 10" for the same weeks (djournal) on a basis no source here explains: not shown.
		scope: { countries: ['KZ', 'KR'] },
		counts: {
			en: 'all routes, after the first Shymkent–Incheon flight',
			ru: 'все маршруты, после первого рейса Шымкент — Инчхон',
			kk: 'барлық маршрут, Шымкент – Инчхон маршрутындағы алғашқы рейстен кейін',
			ko: '쉼켄트–인천 첫 운항 이후 전 노선'
		},
		kind: 'weekly-flights',
		fact: { value: 15, sources: ['ajunews-2025'], confidence: 'medium', asOf: '2025-05' }
	},
	{
		id: 'ala-icn-passengers-2025',
		scope: { airports: ['ALA', 'ICN'] },
		kind: 'passengers-per-year',
		fact: { value: 185000, sources: ['sedaily'], confidence: 'medium', asOf: '2025' },
		changePercent: { percent: 15, againstYear: 2019 }
	}
];
