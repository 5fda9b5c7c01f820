// The parts of date-fns's kk locale that formatting reads (see ../dateLocale.ts).
export { localize } from '../../../../node_modules/date-fns/locale/kk/_lib/localize.js';
export { formatLong } from '../../../../node_modules/date-fns/locale/kk/_lib/formatLong.js';
