import { defineConfig } from 'vitest/config';
import base from './vite.config';

// The unit test projects with a longer timeout: mutants run on one busy core, and a slow test
// that times out would otherwise count as killing its mutant (or fail Stryker's first run).
const projects = (base.test?.projects ?? []).map((project) =>
	typeof project === 'object' && 'test' in project
		? { ...project, test: { ...project.test, testTimeout: 60_000 } }
		: project
);

export default defineConfig({ ...base, test: { ...base.test, reporters: ['default'], projects } });
