// Runs the unit tests, then the pure domain and data suites again under other time zones:
// airport-local results must not depend on the device's zone.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const runs = [
	{ tz: 'UTC', files: [] },
	{ tz: 'America/New_York', files: ['src/lib/domain', 'src/lib/data'] },
	{ tz: 'Asia/Almaty', files: ['src/lib/domain', 'src/lib/data'] },
	{ tz: 'Pacific/Kiritimati', files: ['src/lib/domain'] }
];

mkdirSync('test-results', { recursive: true });
let failed = false;
for (const { tz, files } of runs) {
	console.log(`\n— unit tests with TZ=${tz}${files.length ? ` (${files.join(', ')})` : ''}`);
	const slug = tz.replace(/\W+/g, '-').toLowerCase();
	const result = spawnSync(
		'npx',
		['vitest', 'run', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=test-results/unit-${slug}.json`],
		{ stdio: 'inherit', env: { ...process.env, TZ: tz } }
	);
	if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
