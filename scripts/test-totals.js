// Adds up the results of every suite (unit tests under each TZ, browser tests) into one line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const dir = 'test-results';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const file of files) {
	const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
	if (file.startsWith('unit-')) {
		passed += report.numPassedTests ?? 0;
		failed += report.numFailedTests ?? 0;
	} else if (report.stats) {
		passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
		failed += report.stats.unexpected ?? 0;
	}
}
// A step that stopped before its tests (type check, build) counts as one failure.
if (process.argv.includes('--exit-code') && Number(process.argv.at(-1)) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
