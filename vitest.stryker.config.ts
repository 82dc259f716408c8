import { defineConfig } from 'vitest/config';
import base from './vite.config';

/**
 * Test files left out of mutation runs. The CLI tests spawn `tsx` in a child process, which runs
 * the sources without the active mutant, so they can never kill one. (The validation cases run at
 * 300 pools, half a second each, and are the only tests of src/lib/sim/validation: they stay in.)
 */
const notForMutation = ['src/lib/sim/simCli.test.ts'];

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

export default defineConfig({ ...base, test: { ...base.test, reporters: ['default'], projects } });
