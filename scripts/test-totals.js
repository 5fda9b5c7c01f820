// Adds up the results of every suite (unit tests under each TZ, browser tests) into one line, and
// names above it every browser test that passed only on its retry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { summary, totals } from './test-report.js';

const dir = 'test-results';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
const reports = files.map((file) => ({ file, report: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) }));
const exitCode = process.argv.includes('--exit-code') ? Number(process.argv.at(-1)) : 0;
for (const line of summary(totals(reports, 'tests'), exitCode)) console.log(line);
