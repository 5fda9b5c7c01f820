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
		scope: { countries: ['KZ', 'KR'] },
		kind: 'weekly-flights',
		fact: { value: 11, sources: ['unjournal'], confidence: 'high', asOf: '2025-04' },
		plus: { airline: 'ZE', flights: 2 }
	},
	{
		id: 'kz-kr-weekly-2025-05',
		// "현재 아스타나와 알마티의 직항노선은 주 13회": Astana and Almaty together, before Shymkent's first flight.
		scope: { countries: ['KZ', 'KR'] },
		kind: 'weekly-flights',
		fact: { value: 13, sources: ['ttlnews', 'ajunews-2025'], confidence: 'medium', asOf: '2025-05' }
	},
	{
		id: 'ala-icn-passengers-2025',
		scope: { airports: ['ALA', 'ICN'] },
		kind: 'passengers-per-year',
		fact: { value: 185000, sources: ['sedaily'], confidence: 'medium', asOf: '2025' },
		changePercent: { percent: 15, againstYear: 2019 }
	}
];
