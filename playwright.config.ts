import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Tests, not files, are shared out to two workers (E2E_WORKERS sets another number): they share
	// one server and no state, and a browser test mostly waits on a page, so two keep both cores busy.
	workers: Number(process.env.E2E_WORKERS ?? 2),
	retries: process.env.CI ? 1 : 0,
	// A long article's axe audit takes 12 s on a quiet two-core machine and passed 30 s when CI shared
	// the machine with a second run: a minute per test, longer where a test says so.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	// Apart from the static build's run, which npm test runs at the same time: each empties its own.
	outputDir: 'test-results/site',
	use: {
		// One context per worker, reset between tests (storage, pages, routes, init scripts, viewport,
		// emulation) rather than a new one per test: the browser suite run alone took 348 s of CPU
		// against 405 s.
		// History and page.clock's scripts outlive a test; history.test.ts gives its tests a context
		// of their own.
		reuseContext: true,
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			// Debian's headless shell (scripts/ensure-chromium.sh installs it): the full browser
			// (E2E_BROWSER=/usr/bin/chromium) runs the same tests at more than twice the CPU per page.
			executablePath: process.env.E2E_BROWSER ?? '/usr/bin/chromium-headless-shell',
			args: [
				'--headless',
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
	// The production server (npm start) on the server build in build/, so the static build can
	// rewrite .svelte-kit while these tests run.
	webServer: {
		command: 'node scripts/start.js',
		env: { PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` },
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
