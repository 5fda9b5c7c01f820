import type { Notice } from './schema';

/**
 * Dated notices that belong to an airline or to some of its services, shown on their cards and
 * pages. Each cites its sources and ages like a schedule fact: past its season it reads as last
 * reported, with the month.
 */
export const notices: Notice[] = [
	{
		id: 'asiana-korean-air-integration',
		about: { airline: 'OZ' },
		title: {
			en: 'Joining Korean Air at the end of December 2026 or in January 2027',
			ru: 'Переход в Korean Air: конец декабря 2026 года или январь 2027 года',
			kk: 'Korean Air құрамына кіру: 2026 жылғы желтоқсанның соңы немесе 2027 жылғы қаңтар',
			ko: '대한항공 통합: 2026년 12월 말 또는 2027년 1월'
		},
		value: {
			en: 'To become part of Korean Air at the end of December 2026 or in January 2027: flight numbers, website and check-in may change.',
			ru: 'Войдёт в состав Korean Air в конце декабря 2026 года или в январе 2027 года: номера рейсов, сайт и регистрация могут измениться.',
			kk: 'Korean Air құрамына 2026 жылғы желтоқсанның соңында немесе 2027 жылғы қаңтарда кіреді: рейс нөмірлері, сайт пен тіркелу өзгеруі мүмкін.',
			ko: '2026년 12월 말 또는 2027년 1월 대한항공으로 통합 예정: 편명, 웹사이트, 탑승 수속이 바뀔 수 있습니다.'
		},
		checkWithAirline: true,
		sources: ['segye', 'etoday'],
		confidence: 'medium',
		published: '2026-02-24',
		season: 'W25'
	},
	{
		id: 'asiana-incheon-terminal-2',
		about: { airline: 'OZ' },
		title: {
			en: 'Incheon Terminal 2 since 14 January 2026',
			ru: 'Инчхон: терминал 2 с 14 января 2026 года',
			kk: 'Инчхон: 2026 ж. 14 қаңтардан бері 2-терминал',
			ko: '2026년 1월 14일부터 인천 제2여객터미널'
		},
		value: {
			en: 'At Incheon, Terminal 2 since 14 January 2026.',
			ru: 'В Инчхоне — терминал 2, с 14 января 2026 года.',
			kk: 'Инчхонда 2026 ж. 14 қаңтардан бері 2-терминалда.',
			ko: '2026년 1월 14일부터 인천국제공항 제2여객터미널 이용.'
		},
		sources: ['koreadaily'],
		confidence: 'medium',
		published: '2026-01-13',
		season: 'W25'
	},
	{
		id: 'air-astana-787',
		about: { airline: 'KC' },
		title: {
			en: 'Boeing 767s being replaced by 787-9s from September 2026',
			ru: 'С сентября 2026 года Boeing 767 заменяются на 787-9',
			kk: 'Boeing 767 ұшақтарын 787-9 ұшақтарымен алмастыру: 2026 жылғы қыркүйектен',
			ko: '2026년 9월부터 보잉 767을 787-9로 교체'
		},
		value: {
			en: 'Replacing its Boeing 767s with 787-9s: the first due in September 2026, the second in November 2026.',
			ru: 'Boeing 767 заменяются на 787-9: первый ожидался в сентябре 2026 года, второй — в ноябре.',
			kk: 'Boeing 767 ұшақтары 787-9 ұшақтарымен алмастырылып жатыр: алғашқысы 2026 жылғы қыркүйекте, екіншісі қарашада күтілген.',
			ko: '보잉 767을 787-9로 교체 중: 첫 기체 2026년 9월, 두 번째 11월 도입 예정.'
		},
		sources: ['aerospace-global'],
		confidence: 'medium',
		published: '2026',
		season: 'S26'
	},
	{
		id: 'busan-first-flight',
		about: { services: ['ze-pus-ala', 'ze-ala-pus'] },
		title: {
			en: 'The first flight may have been 15 May 2026, not 1 May',
			ru: 'Первый рейс, возможно, выполнен 15 мая 2026 года, а не 1 мая',
			kk: 'Алғашқы рейс 1 мамыр емес, 2026 ж. 15 мамыр болуы мүмкін',
			ko: '첫 운항은 5월 1일이 아니라 2026년 5월 15일이었을 수 있음'
		},
		value: {
			en: 'A later report puts the first flight, ZE935 from Gimhae, "on the 15th" without the month: perhaps 15 May 2026, not 1 May.',
			ru: 'По более позднему сообщению, первый рейс ZE935 из Кимхэ выполнен «15-го числа», месяц не назван: возможно, 15 мая 2026 года, а не 1 мая.',
			kk: 'Кейінгі хабарламаға сәйкес, Кимхэден ұшқан алғашқы ZE935 рейсі «15-інде» орындалған, ай аталмаған: бұл 1 мамыр емес, 2026 ж. 15 мамыр болуы мүмкін.',
			ko: '이후 보도는 김해발 첫 항공편 ZE935가 "15일"에 운항했다고 전하나 월은 밝히지 않았습니다. 5월 1일이 아니라 2026년 5월 15일이었을 수 있습니다.'
		},
		sources: ['snakorea'],
		confidence: 'low',
		published: '2026',
		season: 'S26'
	}
];
