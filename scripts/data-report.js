// Prints every fact in the data with its sources, its date and its age, and flags the schedule facts
// that have outlived the airline season they were announced for: those timetables need a newer
// source. `npm run data:report` (today), or `npm run data:report -- 2025-04-08` for another day.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const lib = fileURLToPath(new URL('../src/lib', import.meta.url));
const config = { configFile: false, logLevel: 'silent', resolve: { alias: { $lib: lib } } };
const load = async (path) => (await runnerImport(`${lib}/${path}`, config)).module;

const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
	console.error(`Give the day as YYYY-MM-DD, not "${today}".`);
	process.exit(2);
}

const [{ catalog }, { validateCatalog }, { factReport }] = await Promise.all([
	load('data/catalog.ts'),
	load('data/validate.ts'),
	load('domain/factReport.ts')
]);
validateCatalog(catalog);

const rows = factReport(catalog, today);
const age = (days) => (days === null ? 'undated' : days >= 365 ? `${(days / 365).toFixed(1)} years` : `${days} days`);
const clip = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
const columns = [
	['record', 26, (r) => r.record],
	['field', 18, (r) => r.field],
	['value', 34, (r) => r.value],
	['dated', 10, (r) => r.dated ?? '—'],
	['age', 11, (r) => age(r.ageDays)],
	['season', 6, (r) => r.season ?? ''],
	['standing', 13, (r) => r.state ?? ''],
	['sources', 0, (r) => r.sources.join(', ')]
];
const line = (cells) => cells.map((cell, i) => (columns[i][1] ? clip(cell, columns[i][1]).padEnd(columns[i][1]) : cell)).join('  ');

console.log(`Facts in the data on ${today} (sources last searched ${catalog.sourcesSearched})\n`);
console.log(`   ${line(columns.map(([name]) => name))}`);
for (const r of rows) console.log(`${r.outlived ? ' ! ' : '   '}${line(columns.map(([, , cell]) => cell(r)))}`);

const outlived = rows.filter((r) => r.outlived);
console.log(
	outlived.length === 0
		? '\nNo schedule fact has outlived the season it was announced for.'
		: `\n! ${outlived.length} schedule fact${outlived.length === 1 ? ' has' : 's have'} outlived the season ${outlived.length === 1 ? 'it was' : 'they were'} announced for ` +
				`(${[...new Set(outlived.map((r) => r.field.replace(/\.\d+$/, '')))].join(', ')}). ` +
				'Look for a newer source: if it gives the same value for a later season, add it to the fact\'s `confirmedBy`; if it gives another, change the fact.'
);
