/**
 * The one checked catalog the app reads. Importing it validates every record, so a broken record
 * stops `npm run build` (prerendering imports it) and the tests with a message naming record and field.
 */
import { airlines } from './airlines';
import { airports } from './airports';
import { routeFacts } from './routeFacts';
import { services } from './services';
import { sources } from './sources';
import { validateCatalog } from './validate';

export const catalog = validateCatalog({
	// The day these records were last checked against their sources.
	dataDate: '2026-11-27',
	sources,
	airports,
	airlines,
	services,
	routeFacts
});
