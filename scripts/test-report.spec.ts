import { describe, expect, it } from 'vitest';
import { retriedTests, summary, totals } from './test-report.js';

// Playwright's JSON report in miniature: a file's suite, a describe inside it, tests with their attempts.
const attempt = (status: string, retry: number) => ({ status, retry });
const report = {
	stats: { expected: 2, unexpected: 1, flaky: 2, skipped: 0 },
	suites: [
		{
			title: 'map.spec.ts',
			file: 'map.spec.ts',
			specs: [
				{ title: 'draws the lines', tests: [{ projectName: '', status: 'expected', results: [attempt('passed', 0)] }] },
				{ title: 'opens a popup', tests: [{ projectName: '', status: 'flaky', results: [attempt('failed', 0), attempt('passed', 1)] }] }
			],
			suites: [
				{
					title: 'on a phone',
					specs: [
						{ title: 'fits the frame', tests: [{ projectName: '', status: 'unexpected', results: [attempt('failed', 0), attempt('failed', 1)] }] },
						// No `flaky` mark, but a timed-out attempt before a passing one is the same thing.
						{ title: 'zooms', tests: [{ projectName: '', status: 'expected', results: [attempt('timedOut', 0), attempt('passed', 1)] }] }
					]
				}
			]
		},
		{ title: 'csp.spec.ts', specs: [{ title: 'has no inline style', tests: [{ status: 'expected', results: [attempt('passed', 0)] }] }] }
	]
};

describe('retriedTests', () => {
	it('names each test that passed after a failed attempt, by file, describe and title', () => {
		expect(retriedTests(report)).toEqual(['map.spec.ts › opens a popup', 'map.spec.ts › on a phone › zooms']);
	});

	it('names none when every test passed first time or failed for good', () => {
		const clean = { suites: [{ title: 'a.spec.ts', specs: [report.suites[0].specs[0], report.suites[0].suites[0].specs[0]] }] };
		expect(retriedTests(clean)).toEqual([]);
		expect(retriedTests({})).toEqual([]);
	});

	it('puts the test folder before the file', () => {
		expect(retriedTests(report, 'tests')[0]).toBe('tests/map.spec.ts › opens a popup');
	});

	it('adds the project when there is one', () => {
		const withProject = {
			suites: [{ title: 'a.spec.ts', specs: [{ title: 't', tests: [{ projectName: 'phone', status: 'flaky', results: [attempt('failed', 0), attempt('passed', 1)] }] }] }]
		};
		expect(retriedTests(withProject)).toEqual(['a.spec.ts › t [phone]']);
	});
});

describe('totals and summary', () => {
	const unit = { numPassedTests: 10, numFailedTests: 0 };

	it('counts a retried test as passed and lists it above the last line', () => {
		const counts = totals([
			{ file: 'unit-utc.json', report: unit },
			{ file: 'e2e.json', report }
		]);
		expect(counts).toEqual({ passed: 14, failed: 1, retried: ['map.spec.ts › opens a popup', 'map.spec.ts › on a phone › zooms'] });
		expect(summary(counts)).toEqual([
			'Needed a retry: map.spec.ts › opens a popup',
			'Needed a retry: map.spec.ts › on a phone › zooms',
			'14 passed, 1 failed'
		]);
	});

	it('prints only the totals when nothing needed a retry', () => {
		expect(summary(totals([{ file: 'unit-utc.json', report: unit }]))).toEqual(['10 passed, 0 failed']);
	});

	it('counts a step that stopped before its tests as one failure', () => {
		expect(summary(totals([]), 2)).toEqual(['0 passed, 1 failed']);
		expect(summary({ passed: 3, failed: 2, retried: [] }, 1)).toEqual(['3 passed, 2 failed']);
	});
});
