// Reads the test reports in test-results/: the unit runs' Vitest JSON (unit-*.json) and the browser
// tests' Playwright JSON. Pure, so scripts/test-report.spec.ts can try it on small reports.

/**
 * The browser tests that passed only on their retry, as `tests/file › describe › title`.
 * Playwright marks such a test `flaky`; a test whose last attempt passed after a failed one is
 * the same thing, in case a report leaves the mark out.
 * @param {any} report a Playwright JSON report
 * @param {string} dir the test folder, put before each file name (`tests`)
 * @returns {string[]}
 */
export function retriedTests(report, dir = '') {
	/** @type {string[]} */
	const names = [];
	/** @param {any} suite @param {string[]} path */
	const walk = (suite, path) => {
		const here = suite.title ? [...path, suite.title] : path;
		for (const spec of suite.specs ?? []) {
			for (const test of spec.tests ?? []) {
				const results = test.results ?? [];
				const last = results.at(-1);
				const failedFirst = results.slice(0, -1).some((/** @type {any} */ r) => r.status !== 'passed' && r.status !== 'skipped');
				if (test.status === 'flaky' || (last?.status === 'passed' && failedFirst)) {
					const project = test.projectName ? ` [${test.projectName}]` : '';
					names.push([...here, spec.title].join(' › ') + project);
				}
			}
		}
		for (const child of suite.suites ?? []) walk(child, here);
	};
	for (const suite of report.suites ?? []) walk(suite, []);
	return dir ? names.map((name) => `${dir}/${name}`) : names;
}

/**
 * Adds up every report: a test that passed on its retry counts as passed and is named in `retried`.
 * @param {{ file: string, report: any }[]} reports each report with its file name in test-results/
 * @param {string} dir the browser tests' folder, put before their file names
 * @returns {{ passed: number, failed: number, retried: string[] }}
 */
export function totals(reports, dir = '') {
	let passed = 0;
	let failed = 0;
	/** @type {string[]} */
	const retried = [];
	for (const { file, report } of reports) {
		if (file.startsWith('unit-')) {
			passed += report.numPassedTests ?? 0;
			failed += report.numFailedTests ?? 0;
		} else if (report.stats) {
			passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
			failed += report.stats.unexpected ?? 0;
			retried.push(...retriedTests(report, dir));
		}
	}
	return { passed, failed, retried };
}

/**
 * What CI prints: one line per test that needed its retry, then `N passed, N failed` alone last.
 * A step that stopped before its tests (type check, build) counts as one failure.
 * @param {{ passed: number, failed: number, retried: string[] }} counts
 * @param {number} exitCode the run's exit status
 * @returns {string[]}
 */
export function summary({ passed, failed, retried }, exitCode = 0) {
	if (exitCode !== 0 && failed === 0) failed = 1;
	return [...retried.map((name) => `Needed a retry: ${name}`), `${passed} passed, ${failed} failed`];
}
