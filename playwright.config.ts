import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.js';

const port = Number(process.env.PORT ?? 4173);
// A build under a sub-path (BASE_PATH=/nonstop) answers only there; elsewhere serve.js says 404,
// which Playwright would take for a server that is not up yet.
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

// Browser tests run against the built, prerendered app served as a static host would serve it.
export default defineConfig({
	testDir: 'tests',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	// Separate folders let several test runs (say, a sub-path build) work side by side.
	outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results/playwright',
	reporter: [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT ?? 'test-results/e2e.json' }]],
	timeout: 30_000,
	expect: { timeout: 7_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath(),
			args: chromiumArgs
		}
	},
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://127.0.0.1:${port}${base}/`,
		reuseExistingServer: !process.env.CI,
		env: { ...(process.env as Record<string, string>), PORT: String(port) },
		stdout: 'ignore'
	}
});
