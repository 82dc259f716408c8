import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Node test files that replace a module with vi.mock. */
export const MOCKING: string[] = [];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/unit.json' },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					// The node tests share no global state, so one module graph per worker serves them all:
					// the same tests at less than half the CPU time of a fresh graph per file.
					isolate: false,
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', ...MOCKING],
					// SvelteKit's own `read` works only in a built server: the tests read the file itself.
					alias: {
						'$app/server': fileURLToPath(new URL('tests/support/appServer.ts', import.meta.url))
					}
				}
			},
			// A file that mocks a module needs a module graph of its own.
			...(MOCKING.length > 0
				? [
						{
							extends: './vite.config.ts',
							test: { name: 'server-mocks', environment: 'node', include: MOCKING }
						}
					]
				: []),
			{
				extends: './vite.config.ts',
				// Its cleanup is imported by the setup file instead: the plugin would add it by its real
				// path, which lies outside the root of Stryker's sandbox, so no test of this project ran.
				plugins: [svelteTesting({ autoCleanup: false })],
				test: {
					name: 'client',
					environment: 'jsdom',
					// Each test unmounts what it mounted (the setup file's cleanup, registered for every
					// file), so one document per worker serves every file: a fresh one per file took half
					// as much CPU again.
					isolate: false,
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./tests/setup-jsdom.ts']
				}
			}
		]
	}
});
