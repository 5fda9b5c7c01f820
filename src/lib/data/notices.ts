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
		value: {
			en: 'Asiana Airlines is to become part of Korean Air, targeted for the end of December 2026 or January 2027: flight numbers, the website and check-in may change.',
			ru: 'Asiana Airlines должна войти в состав Korean Air — ориентировочно в конце декабря 2026 года или в январе 2027 года. Номера рейсов, сайт и регистрация могут измениться.',
			kk: 'Asiana Airlines әуекомпаниясы Korean Air құрамына кіреді: бұл 2026 жылғы желтоқсанның соңына немесе 2027 жылғы қаңтарға жоспарланған. Рейс нөмірлері, сайт пен тіркелу тәртібі өзгеруі мүмкін.',
			ko: '아시아나항공은 대한항공으로 통합될 예정입니다(2026년 12월 말 또는 2027년 1월 목표). 편명, 웹사이트, 탑승 수속이 바뀔 수 있습니다.'
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
		value: {
			en: 'At Incheon, Asiana Airlines has used Terminal 2 since 14 January 2026.',
			ru: 'В Инчхоне Asiana Airlines с 14 января 2026 года обслуживается в терминале 2.',
			kk: 'Инчхон әуежайында Asiana Airlines 2026 жылғы 14 қаңтардан бері 2-терминалды пайдаланады.',
			ko: '아시아나항공은 2026년 1월 14일부터 인천국제공항 제2여객터미널을 이용합니다.'
		},
		sources: ['koreadaily'],
		confidence: 'medium',
		published: '2026-01-13',
		season: 'W25'
	},
	{
		id: 'air-astana-787',
		about: { airline: 'KC' },
		value: {
			en: 'Air Astana is replacing its Boeing 767s with Boeing 787-9s: the first was due in September 2026, the second in November 2026.',
			ru: 'Air Astana заменяет Boeing 767 на Boeing 787-9: первый ожидался в сентябре 2026 года, второй — в ноябре 2026 года.',
			kk: 'Air Astana Boeing 767 ұшақтарын Boeing 787-9 ұшақтарымен алмастырып жатыр: алғашқысы 2026 жылғы қыркүйекте, екіншісі 2026 жылғы қарашада күтілген.',
			ko: '에어아스타나는 보잉 767을 보잉 787-9로 교체하고 있습니다. 첫 기체는 2026년 9월, 두 번째는 2026년 11월 도입 예정이었습니다.'
		},
		sources: ['aerospace-global'],
		confidence: 'medium',
		published: '2026',
		season: 'S26'
	},
	{
		id: 'busan-first-flight',
		about: { services: ['ze-pus-ala', 'ze-ala-pus'] },
		value: {
			en: 'A later report puts the first flight, ZE935 from Gimhae, "on the 15th" without naming the month: it may have been 15 May 2026 rather than 1 May. About 7 hours, Boeing 737, 120 passengers.',
			ru: 'По более позднему сообщению, первый рейс ZE935 из Кимхэ выполнен «15-го числа», месяц не назван: возможно, 15 мая 2026 года, а не 1 мая. Около 7 часов, Boeing 737, 120 пассажиров.',
			kk: 'Кейінгі хабарламаға сәйкес, Кимхэден ұшқан алғашқы ZE935 рейсі «15-інде» орындалған, ай аталмаған: бұл 1 мамыр емес, 2026 жылғы 15 мамыр болуы мүмкін. Шамамен 7 сағат, Boeing 737, 120 жолаушы.',
			ko: '이후 보도에 따르면 김해발 첫 항공편 ZE935는 "15일"에 운항했으며 월은 밝히지 않았습니다. 5월 1일이 아니라 2026년 5월 15일이었을 수 있습니다. 약 7시간, 보잉 737, 승객 120명.'
		},
		sources: ['snakorea'],
		confidence: 'low',
		published: '2026',
		season: 'S26'
	}
];
