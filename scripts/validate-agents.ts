/**
 * Plays every setting of the Edinburgh engine's equilibrium table with our engine and prints the
 * two side by side, run by run, then the engine's qualitative findings checked against ours.
 *   npm run validate-agents [-- --seeds 1,2,3] [--only-k 100] [--json] [--record FILE]
 * --json prints, and --record writes to FILE, the runs as JSON (without the per-operator tables).
 * Exits 1 when a finding does not hold, 2 on a bad flag.
 */
import { writeFileSync } from 'node:fs';
import { engineStakeNakamoto } from '../src/lib/operators/engineRuns';
import {
	checkFindings,
	compareSetting,
	engineSettings,
	type SettingComparison
} from '../src/lib/operators/validation';

const usage =
	'Usage: npm run validate-agents -- [--seeds 1,2,3] [--only-k K] [--json] [--record FILE]';
const args = process.argv.slice(2);
let seeds = [1, 2, 3];
let onlyK: number | undefined;
let json = false;
let record: string | undefined;
for (let i = 0; i < args.length; i++) {
	const arg = args[i];
	if (arg === '--json') json = true;
	else if (arg === '--seeds' && /^\d+(,\d+)*$/.test(args[i + 1] ?? ''))
		seeds = args[++i].split(',').map(Number);
	else if (arg === '--record' && args[i + 1] !== undefined) record = args[++i];
	else if (arg === '--only-k' && /^\d+$/.test(args[i + 1] ?? '')) onlyK = Number(args[++i]);
	else {
		console.error(`validate-agents: bad argument ${arg}\n${usage}`);
		process.exit(2);
	}
}

const comparisons: SettingComparison[] = [];
const cell = (ours: string, engine: string) => `${ours.padStart(6)} ${engine.padStart(6)}`;
const header =
	'k     a0     seed |  pools         operators     Nakamoto      max pools/op  total pledge  eq. round\n' +
	'                  |  ours engine   ours engine   ours engine   ours engine   ours engine   ours engine';
if (!json) console.log(header);
for (const setting of engineSettings()) {
	if (onlyK !== undefined && setting.k !== onlyK) continue;
	const started = performance.now();
	const comparison = compareSetting(setting, seeds);
	comparisons.push(comparison);
	if (json) continue;
	const rows = Math.max(comparison.ours.length, comparison.engine.length);
	for (let i = 0; i < rows; i++) {
		const ours = comparison.ours[i]?.summary;
		const engine = comparison.engine[i];
		const o = (f: (s: NonNullable<typeof ours>) => string) => (ours ? f(ours) : '');
		const e = (f: (r: NonNullable<typeof engine>) => string) => (engine ? f(engine) : '');
		const seed = `${comparison.ours[i]?.seed ?? '-'}/${engine?.seed ?? '-'}`;
		console.log(
			`${String(setting.k).padEnd(5)} ${String(setting.a0).padEnd(6)} ${seed.padStart(4)} | ` +
				[
					cell(
						o((s) => `${s.pools}`),
						e((r) => `${r.pools}`)
					),
					cell(
						o((s) => `${s.operators}`),
						e((r) => `${r.operators}`)
					),
					cell(
						o((s) => `${s.nakamoto}`),
						e((r) => `${r.nakamoto}`)
					),
					cell(
						o((s) => `${s.maxPoolsPerOperator}`),
						e((r) => `${r.maxPoolsPerOperator}`)
					),
					cell(
						o((s) => s.totalPledge.toFixed(3)),
						e((r) => r.totalPledge.toFixed(3))
					),
					cell(
						o((s) => (s.converged ? `${s.equilibriumRound}` : `no/${s.rounds}`)),
						e((r) => (r.equilibriumRound === null ? `no/${r.maxRounds}` : `${r.equilibriumRound}`))
					)
				].join('  ')
		);
	}
	console.log(`      (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const checks = checkFindings(comparisons);
const slim = comparisons.map((c) => ({
	...c,
	ours: c.ours.map(({ seed, summary }) => {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped to keep the record small
		const { operatorTable, ...rest } = summary;
		return { seed, summary: rest };
	})
}));
const output = JSON.stringify({ seeds, comparisons: slim, checks }, null, '\t') + '\n';
if (record !== undefined) writeFileSync(record, output);
if (json) {
	process.stdout.write(output);
} else {
	const stake = comparisons[0]?.ours.map((run) => run.summary.nakamotoOfStake) ?? [];
	console.log(
		`\nNakamoto coefficient of the stake itself: ours ${stake.join(' / ')} (seeds ${seeds.join(', ')}), engine ${engineStakeNakamoto.join(' / ')}`
	);
	console.log(
		'"no/N": not converged within N rounds. Our seeds draw other stakes than the engine\'s.\n'
	);
	for (const check of checks)
		console.log(`${check.holds ? 'HOLDS ' : 'DIFFERS'} ${check.claim}: ${check.detail}`);
}
if (checks.some((check) => !check.holds)) process.exitCode = 1;
