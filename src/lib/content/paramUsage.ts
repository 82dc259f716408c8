/**
 * Which parameters a page uses, read from the source text of the site: a file uses `group.name`
 * when it imports `name` from `params/<group>`, or imports `group` from `params` and reads
 * `group.name`; a page uses what every file it reaches through its imports uses.
 */

/** Source text by path from the project root (`src/lib/x.ts`, `content/y.svx`). */
export type SourceFiles = Readonly<Record<string, string>>;

const STATIC_IMPORT = /import\s+(?:type\s+)?([\w\s{},*]*?)\s*from\s+['"]([^'"]+)['"]/g;
const BARE_OR_DYNAMIC = /import\s*\(?\s*['"]([^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.svelte', '.svelte.ts', '.js', '/index.ts'];
const PARAMS_DIR = 'src/lib/model/params';

function dirname(path: string): string {
	return path.slice(0, path.lastIndexOf('/'));
}

function normalise(path: string): string {
	const parts: string[] = [];
	for (const part of path.split('/')) {
		if (part === '..') parts.pop();
		else if (part !== '.' && part !== '') parts.push(part);
	}
	return parts.join('/');
}

/** The file an import specifier names, if it is one of `files`. */
export function resolveImport(from: string, specifier: string, files: SourceFiles): string | null {
	let base: string;
	if (specifier.startsWith('$lib/')) base = `src/lib/${specifier.slice(5)}`;
	else if (specifier.startsWith('.')) base = normalise(`${dirname(from)}/${specifier}`);
	else return null;
	for (const ext of EXTENSIONS) if (Object.hasOwn(files, base + ext)) return base + ext;
	return null;
}

/** Imported names of an import clause, as [imported, local]: `{ a, b as c }` → [a, a], [b, c]. */
function importedNames(clause: string): [string, string][] {
	const braces = clause.match(/\{([^}]*)\}/);
	if (!braces) return [];
	return braces[1]
		.split(',')
		.map((n) => n.trim().replace(/^type\s+/, ''))
		.filter(Boolean)
		.map((n) => {
			const [imported, local = imported] = n.split(/\s+as\s+/).map((x) => x.trim());
			return [imported, local];
		});
}

export interface FileUses {
	/** Parameters used directly, as `group.name`. */
	readonly params: string[];
	/** Files of `files` this one imports. */
	readonly imports: string[];
}

/** What one file uses directly. */
export function fileUses(path: string, files: SourceFiles): FileUses {
	const source = files[path] ?? '';
	const params = new Set<string>();
	const imports = new Set<string>();
	for (const [, clause, specifier] of source.matchAll(STATIC_IMPORT)) {
		const target = resolveImport(path, specifier, files);
		if (!target) continue;
		if (target.startsWith(`${PARAMS_DIR}/`) && !target.endsWith('/index.ts')) {
			const group = target.slice(PARAMS_DIR.length + 1).replace(/\.ts$/, '');
			for (const [name] of importedNames(clause)) params.add(`${group}.${name}`);
		} else if (target === `${PARAMS_DIR}/index.ts`) {
			for (const [group, local] of importedNames(clause)) {
				const member = new RegExp(`\\b${local}\\.(\\w+)`, 'g');
				for (const [, name] of source.matchAll(member)) params.add(`${group}.${name}`);
			}
		} else imports.add(target);
	}
	for (const [, specifier] of source.matchAll(BARE_OR_DYNAMIC)) {
		const target = resolveImport(path, specifier, files);
		if (target && !target.startsWith(`${PARAMS_DIR}/`)) imports.add(target);
	}
	return { params: [...params], imports: [...imports] };
}

/** Every parameter a page reaches from `root` through its imports, as `group.name`. */
export function paramsReachedFrom(root: string, files: SourceFiles): Set<string> {
	const seen = new Set<string>();
	const params = new Set<string>();
	const queue = [root];
	while (queue.length > 0) {
		const path = queue.pop() as string;
		if (seen.has(path)) continue;
		seen.add(path);
		const uses = fileUses(path, files);
		for (const p of uses.params) params.add(p);
		queue.push(...uses.imports);
	}
	return params;
}

/** Whether a catalogue key (`group.name` or `group.name.member`) is among the names used. */
export const isUsed = (key: string, used: Set<string>): boolean =>
	used.has(key) || used.has(key.split('.').slice(0, 2).join('.'));
