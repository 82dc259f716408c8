// `npm run check`: type-checks the site and its articles in one svelte-check run, and lints the
// articles. svelte-check and eslint do not read content/*.svx, so each article goes through the
// site's own mdsvex step into a .svelte file under reports/article-check, and the run's tsconfig
// holds those beside everything the project's tsconfig holds (one program, not two: the articles
// import most of src). The types are checked by TypeScript 7's native compiler (--tsgo), which
// reads only the .svelte files svelte-check finds by walking the project, and that walk skips
// folders whose names start with a dot: so the articles go under reports/, not .svelte-kit/.
// Exits non-zero on any error.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { preprocess } from 'svelte/compiler';
import config from '../svelte.config.js';

const out = 'reports/article-check';
const markdown = config.preprocess.find((step) => step.name === 'mdsvex');
if (!markdown) throw new Error('svelte.config.js has no mdsvex preprocess step');
// The step after mdsvex that writes its `<script context="module">` as Svelte 5's `<script module>`.
const moduleScript = config.preprocess.find((step) => step.name === 'module-script');
if (!moduleScript) throw new Error('svelte.config.js has no module-script preprocess step');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const articles = (await readdir('content')).filter((name) => name.endsWith('.svx'));
const frontmatterKeys = new Set();
for (const name of articles) {
	const filename = join('content', name);
	const { code } = await preprocess(await readFile(filename, 'utf8'), [markdown, moduleScript], {
		filename
	});
	await writeFile(join(out, name.replace(/\.svx$/, '.svelte')), code);
	const keys = /const \{([^}]*)\} = metadata;/.exec(code)?.[1] ?? '';
	for (const key of keys.split(',')) if (key.trim()) frontmatterKeys.add(key.trim());
}
// The project's tsconfig extends SvelteKit's, whose file list is relative to .svelte-kit. The run's
// tsconfig lies in the project's root: svelte-check maps the files a tsconfig lists onto its copies
// of the .svelte files as if the tsconfig lay there.
const tsconfig = 'tsconfig.check.json';
const generated = JSON.parse(await readFile('.svelte-kit/tsconfig.json', 'utf8'));
const fromGenerated = (path) => relative('.', resolve('.svelte-kit', path));
await writeFile(
	tsconfig,
	JSON.stringify({
		extends: './tsconfig.json',
		include: [...generated.include.map(fromGenerated), `${out}/*.svelte`],
		exclude: generated.exclude.map(fromGenerated)
	})
);

// An error planted beside the articles: were svelte-check to stop reading their copies (as it did
// with --tsgo while they lay under .svelte-kit), the check would pass without it, so it fails.
const planted = join(out, 'planted-error.svelte');
await writeFile(planted, '<p>{(1).toFixedd(2)}</p>\n');

console.log(
	`Checking the site and ${articles.length} articles (${out}/<slug>.svelte is content/<slug>.svx)`
);
const check = spawnSync(
	join('node_modules', '.bin', 'svelte-check'),
	[
		...['--workspace', resolve('.'), '--tsconfig', resolve(tsconfig)],
		...['--output', 'machine-verbose', '--tsgo']
	],
	{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 }
);
if (check.error) console.log(`svelte-check did not run: ${check.error.message}`);
const diagnostics = (check.stdout ?? '')
	.split('\n')
	.map((line) => /^\d+ (\{.*\})$/.exec(line)?.[1])
	.filter((json) => json !== undefined)
	.map((json) => JSON.parse(json));
const isPlanted = (d) => resolve(d.filename) === resolve(planted);
for (const d of diagnostics.filter((d) => !isPlanted(d)))
	console.log(
		`${d.filename}:${d.start.line + 1}:${d.start.character + 1}\n${d.type === 'ERROR' ? 'Error' : 'Warn'}: ${d.message} (${d.source})\n`
	);
const typeErrors = diagnostics.filter((d) => d.type === 'ERROR' && !isPlanted(d)).length;
const warnings = diagnostics.filter((d) => d.type === 'WARNING' && !isPlanted(d)).length;
const plantedFound = diagnostics.some((d) => isPlanted(d) && /toFixedd/.test(d.message));
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
console.log(`svelte-check found ${count(typeErrors, 'error')} and ${count(warnings, 'warning')}`);
if (!plantedFound) console.log(`svelte-check missed the error planted in ${planted}`);
const checked = check.status !== null && plantedFound && typeErrors === 0;

const eslint = new ESLint({
	ignore: false,
	overrideConfig: {
		files: [`${out}/*.svelte`],
		rules: {
			// mdsvex unpacks every frontmatter key into a variable, used or not.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ varsIgnorePattern: `^(${[...frontmatterKeys].join('|')})$` }
			],
			// KaTeX's server-rendered math, inserted by the build, not text from readers.
			'svelte/no-at-html-tags': 'off',
			// Markdown links cannot call resolve(); the site has no base path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
});
const results = await eslint.lintFiles(
	articles.map((name) => join(out, name.replace(/\.svx$/, '.svelte')))
);
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(results);
if (report) console.log(report);
const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
console.log(`eslint found ${lintErrors} errors in the articles`);

process.exit(checked && lintErrors === 0 ? 0 : 1);
