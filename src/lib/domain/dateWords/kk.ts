// Kazakh dates: date-fns's kk words (dateFormat.spec.ts checks them) in Kazakh order, year first,
// as CLDR writes them: "2025 ж. 7 сәуір, дүйсенбі". No ordinal (7-ші) and no short month names:
// "қар" and "қаз" read as "snow" and "goose", so every Kazakh date names its month in full.
import type { DateWords } from '../dateFormat';

// Kazakh names a month the same in a date and on its own, and has one short form of each weekday.
const months = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const days = ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'];

export const words: DateWords = {
	code: 'kk',
	months: { wide: months, standalone: months },
	weekdays: { wide: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'], short: days, abbreviated: days },
	// No-break spaces (\u00a0) keep a year with its "ж." and a day with its month on one line.
	patterns: {
		full: "y\u00a0'ж.' d\u00a0MMMM, EEEE",
		medium: "y\u00a0'ж.' d\u00a0MMMM",
		monthYear: "y\u00a0'ж.' LLLL",
		year: "y\u00a0'ж.'",
		shortDay: 'd\u00a0MMMM, EEE',
		weekday: 'EEE'
	}
};
