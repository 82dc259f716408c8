// @ts-check
import { dirname } from 'node:path';

/**
 * Mutation testing (`npm run mutation`): a measurement, not part of CI. On a shared machine run it
 * one area at a time, e.g. `npx stryker run --mutate 'src/lib/sim/choose*.ts' --concurrency 1`.
 * `--mutate` splits its value at commas and a second `--mutate` replaces the first, so name several
 * files as `'src/lib/sim/@(rankPools|nonMyopic).ts'`. In a fresh checkout run `npx svelte-kit sync`
 * first: the test runs read .svelte-kit/tsconfig.json.
 */
const mutate = [
	'src/lib/model/**/*.ts',
	'src/lib/sim/**/*.ts',
	'src/lib/scenario/**/*.ts',
	'src/lib/charts/**/*.ts',
	'src/lib/charts/**/*.svelte',
	'src/lib/server/og/chartLayout.ts',
	'!**/*.test.ts',
	// Data, not behaviour: parameter tables, each value with its primary source. Their mutants
	// are edits of source titles and URLs; params.test.ts checks the values themselves.
	'!src/lib/model/params/**',
	// The widgets' scenario schemas: field declarations (labels, units, bounds, defaults), whose
	// mutants only edit label text. The code that reads them (parseScenario, clampValue,
	// serializeScenario, schema) is mutated.
	'!src/lib/scenario/{leverage,rewards,punishment,calculator,migration,operators,poolTermFields}.ts'
];

/**
 * `MUTATION_AREA=src/lib/sim` (or several, comma-separated, from the list above): mutate only that
 * area, with only the tests in its folders (MUTATION_TESTS, unless set). The incremental file keeps
 * the results of mutants outside the area from earlier runs, so areas run one after another add up
 * to one report of the whole, and a last plain run reuses every result whose code and tests did not
 * change and re-tests the survivors against every test.
 */
const area = process.env.MUTATION_AREA?.split(',').map((entry) => entry.replace(/\/$/, ''));
if (area && !process.env.MUTATION_TESTS)
	process.env.MUTATION_TESTS = [
		...new Set(area.map((entry) => (entry.endsWith('.ts') ? dirname(entry) : entry)))
	].join(',');
const inArea = (glob) =>
	glob.startsWith('!') ||
	(area ?? []).some((entry) => glob === entry || glob.startsWith(`${entry}/`));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	// Leaves out tests that cannot see a mutant or take minutes per mutant; see that file.
	vitest: { configFile: 'vitest.stryker.config.ts' },
	mutate: area ? mutate.filter(inArea) : mutate,
	coverageAnalysis: 'perTest',
	concurrency: 1,
	incremental: true,
	incrementalFile: 'reports/mutation/incremental.json',
	ignoreStatic: true,
	// Stryker never copies .svelte-kit, but tsconfig.json extends the one in it: without the
	// SvelteKit plugin (the plain runs in vitest.stryker.config.ts) nothing would write it.
	ignorePatterns: ['!.svelte-kit', '.svelte-kit/*', '!.svelte-kit/tsconfig.json'],
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
	thresholds: { high: 95, low: 85, break: null }
};
