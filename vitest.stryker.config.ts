import { defineConfig } from 'vitest/config';
import base from './vite.config';

/**
 * Test files left out of mutation runs. The CLI tests spawn `tsx` in a child process, which runs
 * the sources without the active mutant, so they can never kill one. (The validation cases run at
 * 300 pools, half a second each, and are the only tests of src/lib/sim/validation: they stay in.)
 */
const notForMutation = [
	'src/lib/sim/simCli.test.ts',
	// `MUTATION_EXCLUDE=src/lib/sim/validation/**`: more test files left out for one run, such as
	// the validation cases when only the simulation's own files are mutated (two thirds of its
	// tests' time, on one busy core per mutant).
	...(process.env.MUTATION_EXCLUDE?.split(',') ?? [])
];

/**
 * `MUTATION_TESTS=src/lib/sim` (or several folders, `src/lib/charts,src/lib/server/og`): only the
 * tests under those folders run against the mutants, so an area's own unit tests are measured in
 * minutes rather than every test that imports it (the widgets' full runs). A score measured so
 * counts fewer kills: it is a lower bound.
 */
const only = process.env.MUTATION_TESTS?.split(',').map((folder) => folder.replace(/\/$/, ''));
const within = (include: string[] | undefined) =>
	only === undefined
		? include
		: (include ?? [])
				.filter((glob) => glob.startsWith('src/'))
				.flatMap((glob) => only.map((folder) => `${folder}/${glob.slice(4)}`));

// The unit test projects with a longer timeout: mutants run on one busy core, and a slow test
// that times out would otherwise count as killing its mutant (or fail Stryker's first run).
const projects = (base.test?.projects ?? []).map((project) =>
	typeof project === 'object' && 'test' in project
		? {
				...project,
				test: {
					...project.test,
					testTimeout: 60_000,
					include: within(project.test?.include),
					exclude: [...(project.test?.exclude ?? []), ...notForMutation]
				}
			}
		: project
);

/**
 * The simulation and the model are plain TypeScript that imports nothing of SvelteKit: their tests
 * run without its plugin and without the component project, so the runner Stryker restarts after
 * each mutant that loops forever starts with less to do (one small test file: 2.8 s against 3.4 s).
 */
const PLAIN = ['src/lib/sim', 'src/lib/model'];
const plain =
	only !== undefined && only.every((folder) => PLAIN.some((area) => folder.startsWith(area)));

export default plain
	? defineConfig({
			test: {
				reporters: ['default'],
				environment: 'node',
				testTimeout: 60_000,
				isolate: false,
				include: only.map((folder) => `${folder}/**/*.test.ts`),
				exclude: notForMutation
			}
		})
	: defineConfig({ ...base, test: { ...base.test, reporters: ['default'], projects } });
