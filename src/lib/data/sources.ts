import type { Source } from './schema';

/**
 * Where every fact comes from. The article is the primary source; the others fill in what it
 * leaves out. Titles are given only where we have the source's own headline; dates only where the
 * source (or its address) gives one.
 */
export const sources: Source[] = [
	{
		id: 'article',
		title: 'Казахстан и Южная Корея укрепляют партнерство в сфере умных городов',
		publisher: 'Vecher.kz',
		author: {
			en: 'Ministry of Foreign Affairs of Kazakhstan',
			ru: 'МИД Республики Казахстан',
			kk: 'Қазақстан Республикасы Сыртқы істер министрлігі',
			ko: '카자흐스탄 외교부'
		},
		url: 'https://vecher.kz/ru/article/kazahstan-i-iujnaia-koreia-ukrepliaiut-partnerstvo-v-sfere-umnyh-gorodov.html',
		language: 'ru'
	},
	{
		id: 'trend-speech-en',
		publisher: 'Trend News Agency',
		url: 'https://en.trend.az/business/4014964.html',
		date: '2025-03-07',
		language: 'en'
	},
	{ id: 'newspim', publisher: 'Newspim', url: 'https://www.newspim.com/news/view/20250408000329', date: '2025-04-08', language: 'ko' },
	{ id: 'unjournal', publisher: 'UN Journal', url: 'https://www.unjournal.kr/mobile/article.html?no=23325', language: 'ko' },
	{ id: 'smartfn', publisher: 'SmartFN', url: 'https://www.smartfn.co.kr/news/articleView.html?idxno=106520', language: 'ko' },
	{ id: 'the-fact', publisher: 'The Fact', url: 'https://news.tf.co.kr/read/economy/2195234.htm', language: 'ko' },
	{ id: 'yonhap-zum', publisher: 'Yonhap News (via ZUM News)', url: 'https://news.zum.com/articles/96272088', language: 'ko' },
	{ id: 'donga', publisher: 'The Dong-A Ilbo', url: 'https://www.donga.com/news/article/all/20220113/111225632/1', date: '2022-01-13', language: 'ko' },
	{ id: 'edaily', publisher: 'Edaily', url: 'https://www.edaily.co.kr/news/read?newsId=03368566638921064', date: '2024-06', language: 'ko' },
	{ id: 'ajunews', publisher: 'Aju Business Daily', url: 'https://www.ajunews.com/view/20150622171213149', date: '2015-06-22', language: 'ko' },
	{ id: 'inform-kz', publisher: 'Kazinform', url: 'https://www.inform.kz/', date: '2023-04', language: 'ru' },
	{ id: 'sedaily', publisher: 'Seoul Economic Daily', url: 'https://dev.sedaily.com/NewsView/2K78I089XE', language: 'ko' },
	{
		id: 'reference',
		publisher: 'IATA, ICAO and the IANA time zone database (release 2024a)',
		url: 'https://www.iana.org/time-zones',
		language: 'en'
	}
];
