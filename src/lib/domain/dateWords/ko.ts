// Korean dates: date-fns's ko words (dateFormat.spec.ts checks them); every form spelt out with
// 년 월 일 ("2026년 11월 27일"), never the numeric "2026.11.27".
import type { DateWords } from '../dateFormat';

const months = ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'];
const days = ['일', '월', '화', '수', '목', '금', '토'];

export const words: DateWords = {
	code: 'ko',
	months: { wide: months, standalone: months, abbreviated: months },
	weekdays: { wide: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'], short: days, abbreviated: days },
	patterns: {
		full: 'y년 M월 d일 EEEE',
		medium: 'y년 M월 d일',
		monthYear: 'y년 M월',
		year: 'y년',
		shortDay: 'M월 d일 (EEE)',
		weekday: 'EEE'
	}
};
