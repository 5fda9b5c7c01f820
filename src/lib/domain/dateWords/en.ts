// English dates, British order: date-fns's en-GB words (dateFormat.spec.ts checks them) and CLDR's patterns.
import type { DateWords } from '../dateFormat';

// English names a month the same in a date and on its own.
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const words: DateWords = {
	code: 'en-GB',
	months: { wide: months, standalone: months, abbreviated: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] },
	weekdays: {
		wide: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
		short: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
		abbreviated: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
	},
	patterns: {
		full: 'EEEE, d MMMM y',
		medium: 'd MMM y',
		monthYear: 'LLLL y',
		year: 'y',
		shortDay: 'EEE, d MMM',
		weekday: 'EEE'
	}
};
