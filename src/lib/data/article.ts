/**
 * The article's own words about the flights, kept verbatim in Russian: the About page quotes them
 * in every language, with a translation beside them.
 */
export const articleQuote = {
	sourceId: 'article',
	language: 'ru',
	hub: 'Он отметил, что Алматы становится региональным финансовым, логистическим и транспортным хабом. Благодаря такому статусу, открываются новые офисы международных организаций в городе и растёт количество международных рейсов.',
	flights:
		'Между Алматы и Сеул выполняются регулярные прямые рейсы, которые обслуживают авиакомпании Air Astana и Asiana Airlines. Кроме того, с 7 апреля 2025 года корейская авиакомпания Eastar Jet запускает два новых прямых рейса из Сеула в Алматы, что сделает путешествия между странами еще более удобными и доступными.'
} as const;
