// Russian dates: date-fns's ru words (dateFormat.spec.ts checks them), with the norms of Russian
// typography: "г." after a year, month names in full (7 апреля), two-letter weekdays (пт, not птн).
import type { DateWords } from '../dateFormat';

export const words: DateWords = {
	code: 'ru',
	months: {
		wide: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
		standalone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
		abbreviated: ['янв.', 'фев.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
	},
	weekdays: {
		wide: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
		// No three-letter forms (вск, пнд, птн): Russian shortens weekdays to two letters.
		short: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб']
	},
	patterns: {
		full: "EEEE, d MMMM y 'г.'",
		medium: "d MMMM y 'г.'",
		monthYear: "LLLL y 'г.'",
		year: "y 'г.'",
		shortDay: 'EEEEEE, d MMM',
		weekday: 'EEEEEE'
	}
};
