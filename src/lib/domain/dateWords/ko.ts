// The parts of date-fns's ko locale that formatting reads (see ../dateLocale.ts).
export { localize } from '../../../../node_modules/date-fns/locale/ko/_lib/localize.js';
export { formatLong } from '../../../../node_modules/date-fns/locale/ko/_lib/formatLong.js';
