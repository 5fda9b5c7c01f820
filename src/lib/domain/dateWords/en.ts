// The parts of date-fns's en-GB locale that formatting reads (see ../dateLocale.ts).
export { localize } from '../../../../node_modules/date-fns/locale/en-US/_lib/localize.js';
export { formatLong } from '../../../../node_modules/date-fns/locale/en-GB/_lib/formatLong.js';
