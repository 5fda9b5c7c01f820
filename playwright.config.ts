import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.js';

const port = Number(process.env.PORT ?? 4173);

// Browser tests run against the built, prerendered app served as a static host would serve it.
export default defineConfig({
	testDir: 'tests',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI
		? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]]
		: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	timeout: 30_000,
	expect: { timeout: 7_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		env: { PORT: String(port) },
		stdout: 'ignore'
	}
});
