// Russian dates: date-fns's ru words (dateFormat.spec.ts checks them), with the norms of Russian
// typography: "г." after a year, month names in full (7 апреля), two-letter weekdays (пт, not птн);
// short months as CLDR writes them («февр.», where date-fns has «фев.»).
import type { DateWords } from '../dateFormat';

export const words: DateWords = {
	code: 'ru',
	months: {
		wide: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
		standalone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
		abbreviated: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
	},
	weekdays: {
		wide: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
		// No three-letter forms (вск, пнд, птн): Russian shortens weekdays to two letters.
		short: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб']
	},
	// No-break spaces (\u00a0) keep a day with its month and a year with its "г." on one line.
	patterns: {
		full: "EEEE, d\u00a0MMMM y\u00a0'г.'",
		medium: "d\u00a0MMMM y\u00a0'г.'",
		monthYear: "LLLL y\u00a0'г.'",
		year: "y\u00a0'г.'",
		shortDay: 'EEEEEE, d\u00a0MMM',
		weekday: 'EEEEEE'
	}
};
