import { defineConfig } from 'vitest/config';
import base from './vite.config';

/**
 * Test files left out of mutation runs. The CLI tests spawn `tsx` in a child process, which runs
 * the sources without the active mutant, so they can never kill one. The validation cases run whole
 * simulations against theory (a minute each on one busy core); per-test coverage would run them for
 * every mutant the simulation holds. The unit tests of each rule, with hand-built states, are the
 * ones a mutant has to get past.
 */
const notForMutation = ['src/lib/sim/simCli.test.ts', 'src/lib/sim/validation/validation.test.ts'];

// The unit test projects with a longer timeout: mutants run on one busy core, and a slow test
// that times out would otherwise count as killing its mutant (or fail Stryker's first run).
const projects = (base.test?.projects ?? []).map((project) =>
	typeof project === 'object' && 'test' in project
		? {
				...project,
				test: {
					...project.test,
					testTimeout: 60_000,
					exclude: [...(project.test?.exclude ?? []), ...notForMutation]
				}
			}
		: project
);

export default defineConfig({ ...base, test: { ...base.test, reporters: ['default'], projects } });
