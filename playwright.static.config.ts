import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The static build (npm run build:static), served as a static host would serve it.
const port = Number(process.env.STATIC_E2E_PORT ?? 4176);

export default defineConfig({
	...base,
	testDir: 'tests/static',
	// One browser for its few tests, which run beside the site's: with two, the run alone took 18 core-s
	// against 14, in the same time.
	workers: 1,
	reporter: [['list'], ['json', { outputFile: 'reports/static.json' }]],
	outputDir: 'test-results/static',
	use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
	webServer: {
		command: `node scripts/serve-static.js`,
		env: { PORT: String(port) },
		url: `http://127.0.0.1:${port}`,
		// Never reuse: whatever else listens on the port is not this folder, and this server starts at once.
		reuseExistingServer: false,
		timeout: 30_000
	}
});
