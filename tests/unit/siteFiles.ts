import { readdirSync, readFileSync } from 'node:fs';
import type { SourceFiles } from '../../src/lib/content/paramUsage';

/** The site's source text read from disk, keyed like `siteSources` (for tests outside Vite's glob). */
export function readSiteFiles(): SourceFiles {
	const files: Record<string, string> = {};
	const add = (dir: string, keep: (p: string) => boolean) => {
		for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
			const path = `${dir}/${entry}`;
			if (keep(path)) files[path] = readFileSync(path, 'utf8');
		}
	};
	add('src/lib', (p) => /\.(ts|svelte)$/.test(p) && !p.endsWith('.test.ts'));
	add('content', (p) => p.endsWith('.svx'));
	return files;
}
