import type { RouteFact } from './schema';

export const routeFacts: RouteFact[] = [
	{
		id: 'weekly-flights-2025-04',
		airports: ['ALA', 'ICN'],
		kind: 'weekly-flights',
		fact: { value: 11, sources: ['unjournal'], confidence: 'high', asOf: '2025-04' },
		plus: { airline: 'ZE', flights: 2 }
	},
	{
		id: 'passengers-2025',
		airports: ['ALA', 'ICN'],
		kind: 'passengers-per-year',
		fact: { value: 185000, sources: ['sedaily'], confidence: 'medium', asOf: '2025' },
		changePercent: { percent: 15, againstYear: 2019 }
	}
];
