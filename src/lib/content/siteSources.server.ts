import type { SourceFiles } from './paramUsage';

const raw = import.meta.glob<string>(
	['/src/lib/**/*.ts', '/src/lib/**/*.svelte', '/content/*.svx', '!/src/lib/**/*.test.ts'],
	{ eager: true, query: '?raw', import: 'default' }
);

/** The site's own source text by path from the project root, for tracing which page uses what. */
export const siteSources: SourceFiles = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.slice(1), text])
);
