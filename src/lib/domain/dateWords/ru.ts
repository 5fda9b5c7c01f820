// The parts of date-fns's ru locale that formatting reads (see ../dateLocale.ts).
export { localize } from '../../../../node_modules/date-fns/locale/ru/_lib/localize.js';
export { formatLong } from '../../../../node_modules/date-fns/locale/ru/_lib/formatLong.js';
