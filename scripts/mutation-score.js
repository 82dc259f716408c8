// npm run mutation:score: the mutation score of each area the targets name (and of everything),
// from the report the last `npm run mutation` wrote. Runs by area add up in that report (see
// stryker.config.mjs), so this reads every area measured so far, and names the files never measured.
//
// Score as Stryker counts it: killed and timed-out mutants over all that ran (killed, timed out,
// survived, no coverage). "Strict" counts a timed-out mutant as a survivor.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const REPORT = process.argv[2] ?? 'reports/mutation/mutation.json';
if (!existsSync(REPORT)) {
	console.error(`no report at ${REPORT}: run npm run mutation (by area, see README) first`);
	process.exit(1);
}
const { files } = JSON.parse(readFileSync(REPORT, 'utf8'));

const CHOICE_RULES = ['chooseAll', 'chooseRanking', 'chooseSample', 'nonMyopic', 'rankPools'];
/** Each area: a name, a test of a file's path, and the score the targets ask of it. */
const AREAS = [
	[
		'the simulation’s choice rules',
		(f) => CHOICE_RULES.some((n) => f === `src/lib/sim/${n}.ts`),
		95
	],
	[
		'the scenario parser',
		(f) => /^src\/lib\/scenario\/(parseScenario|clampValue)\.ts$/.test(f),
		95
	],
	['model', (f) => f.startsWith('src/lib/model/')],
	['simulation', (f) => f.startsWith('src/lib/sim/')],
	['scenario', (f) => f.startsWith('src/lib/scenario/')],
	['charts and preview layout', (f) => /^src\/lib\/(charts\/|server\/og\/chartLayout)/.test(f)],
	['overall', () => true, 85]
];

const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

function tally(names) {
	const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
	for (const name of names)
		for (const { status } of files[name].mutants) {
			if (status === 'Killed') t.killed++;
			else if (status === 'Timeout') t.timeout++;
			else if (status === 'Survived') t.survived++;
			else if (status === 'NoCoverage') t.noCoverage++;
		}
	const total = t.killed + t.timeout + t.survived + t.noCoverage;
	return {
		...t,
		total,
		score: total && (100 * (t.killed + t.timeout)) / total,
		strict: total && (100 * t.killed) / total
	};
}

const measured = Object.keys(files).sort();
let short = false;
for (const [name, inArea, target] of AREAS) {
	const t = tally(measured.filter(inArea));
	if (t.total === 0) {
		console.log(`${name}: not measured`);
		if (target !== undefined) short = true;
		continue;
	}
	const met =
		target === undefined
			? ''
			: t.score >= target
				? `  (target ${target} %: met)`
				: `  (target ${target} %: NOT met)`;
	if (target !== undefined && t.score < target) short = true;
	console.log(
		`${name}: ${t.score.toFixed(2)} % of ${t.total} mutants (strict ${t.strict.toFixed(2)} %; ` +
			`${t.killed} killed, ${t.timeout} timed out, ${t.survived} survived, ${t.noCoverage} without coverage)${met}`
	);
}

const survivors = measured.flatMap((name) =>
	files[name].mutants
		.filter(({ status }) => COUNTED.has(status) && !DETECTED.has(status))
		.map(
			(m) => `${name}:${m.location.start.line} ${m.mutatorName} ${m.status}: ${m.replacement ?? ''}`
		)
);
console.log(`\n${survivors.length} survivors and mutants without coverage:`);
for (const line of survivors) console.log(`  ${line}`);

// The files the mutation config names that this report has no result for.
const config = (await import('../stryker.config.mjs')).default;
/** The config's globs as regular expressions: `**`, `*` and `{a,b}` are all they use. */
const globToRegExp = (glob) =>
	new RegExp(
		`^${glob
			.replace(/[.+^$()|[\]\\]/g, '\\$&')
			.replace(/\{([^}]*)\}/g, (_, list) => `(?:${list.split(',').join('|')})`)
			.replace(/\*\*\//g, '@ANY_FOLDERS@')
			.replace(/\*\*/g, '.*')
			.replace(/\*/g, '[^/]*')
			.replace(/@ANY_FOLDERS@/g, '(?:.*/)?')}$`
	);
const include = config.mutate.filter((glob) => !glob.startsWith('!')).map(globToRegExp);
const exclude = config.mutate
	.filter((glob) => glob.startsWith('!'))
	.map((glob) => globToRegExp(glob.slice(1)));
const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
const absent = tracked
	.filter((name) => include.some((re) => re.test(name)) && !exclude.some((re) => re.test(name)))
	.filter((name) => !(name in files));

/**
 * Stryker leaves a file with nothing to mutate (types only, or markup only) out of its report; its
 * own instrumenter tells those files from files never measured.
 */
async function mutantCount(name) {
	const quiet = () => false;
	const logger = Object.fromEntries(
		['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [level, () => {}])
	);
	const instrumenter = new Instrumenter({
		...logger,
		isTraceEnabled: quiet,
		isDebugEnabled: quiet,
		isInfoEnabled: quiet,
		isWarnEnabled: quiet,
		isErrorEnabled: quiet,
		isFatalEnabled: quiet
	});
	const { mutants } = await instrumenter.instrument(
		[{ name, content: readFileSync(name, 'utf8'), mutate: true }],
		{ plugins: null, excludedMutations: [], ignorers: [], noHeader: true }
	);
	return mutants.length;
}
const counts = await Promise.all(absent.map(mutantCount));
const nothingToMutate = absent.filter((_, i) => counts[i] === 0);
const missing = absent.filter((_, i) => counts[i] > 0);
if (nothingToMutate.length)
	console.log(
		`\n${nothingToMutate.length} files have nothing to mutate (types or markup only): ${nothingToMutate.map((name) => name.replace(/^.*\//, '')).join(', ')}`
	);
if (missing.length) {
	console.log(
		`\n${missing.length} files not measured yet (their scores are not in the figures above):`
	);
	for (const name of missing) console.log(`  ${name}`);
}
process.exit(short || missing.length ? 1 : 0);
