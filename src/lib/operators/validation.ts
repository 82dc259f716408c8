import { engineRuns, type EngineRun } from './engineRuns';
import { playGame } from './playGame';
import { defaultGameSettings } from './settings';
import { summarise, type GameSummary } from './summarise';

/** One setting of the engine's table: its runs beside ours (same settings, our own seeds). */
export interface SettingComparison {
	readonly k: number;
	readonly a0: number;
	readonly maxRounds: number;
	readonly engine: readonly EngineRun[];
	readonly ours: readonly { readonly seed: number; readonly summary: GameSummary }[];
}

/** The (k, a0) settings of the engine's table, in its order. */
export function engineSettings(): { k: number; a0: number; maxRounds: number }[] {
	const seen = new Map<string, { k: number; a0: number; maxRounds: number }>();
	for (const run of engineRuns) {
		const key = `${run.k}/${run.a0}`;
		const known = seen.get(key);
		if (known === undefined) seen.set(key, { k: run.k, a0: run.a0, maxRounds: run.maxRounds });
		else known.maxRounds = Math.max(known.maxRounds, run.maxRounds);
	}
	return [...seen.values()];
}

/** Plays one setting of the engine's table with each of `seeds`, at the engine's round cap. */
export function compareSetting(
	setting: { k: number; a0: number; maxRounds: number },
	seeds: readonly number[]
): SettingComparison {
	const { k, a0, maxRounds } = setting;
	return {
		k,
		a0,
		maxRounds,
		engine: engineRuns.filter((run) => run.k === k && run.a0 === a0),
		ours: seeds.map((seed) => ({
			seed,
			summary: summarise(playGame({ ...defaultGameSettings, k, a0, seed, maxRounds }))
		}))
	};
}

export interface Check {
	readonly claim: string;
	readonly holds: boolean;
	readonly detail: string;
}

const span = (values: readonly number[]) =>
	values.length === 0
		? '—'
		: Math.min(...values) === Math.max(...values)
			? `${Math.min(...values)}`
			: `${Math.min(...values)}–${Math.max(...values)}`;

/** The qualitative findings of the engine's runs, checked against our runs. */
export function checkFindings(comparisons: readonly SettingComparison[]): Check[] {
	const checks: Check[] = [];
	const at = (k: number, a0: number) => comparisons.find((c) => c.k === k && c.a0 === a0);
	const converged = (c: SettingComparison) =>
		c.ours.filter((run) => run.summary.converged).map((run) => run.summary);

	const settled = comparisons.filter((c) => c.a0 >= 0.1).flatMap(converged);
	const poolsOff = comparisons
		.filter((c) => c.a0 >= 0.1)
		.flatMap((c) => converged(c).filter((s) => s.pools < c.k || s.pools > c.k + 3));
	checks.push({
		claim: 'a0 ≥ 0.1: every converged run ends with k to k + 3 pools',
		holds: settled.length > 0 && poolsOff.length === 0,
		detail: `${settled.length - poolsOff.length} of ${settled.length} converged runs`
	});

	for (const [k, low, high] of [
		[100, 47, 50],
		[500, 156, 185]
	]) {
		const setting = at(k, 0.3);
		if (setting === undefined) continue;
		const nakamoto = setting.ours.map((run) => run.summary.nakamoto);
		checks.push({
			claim: `k = ${k}, a0 = 0.3: Nakamoto coefficient by operator within the engine's ${low}–${high}`,
			holds: nakamoto.every((n) => n >= low && n <= high),
			detail: `ours ${span(nakamoto)}`
		});
	}

	const sweep = comparisons.filter((c) => c.a0 === 0.3).sort((a, b) => a.k - b.k);
	const share = sweep.map(
		(c) => c.ours.reduce((sum, run) => sum + run.summary.operators, 0) / c.ours.length / c.k
	);
	checks.push({
		claim: 'a0 = 0.3: operators fall below k as k grows',
		holds: share.length > 1 && share.every((s, i) => i === 0 || s <= share[i - 1] + 0.02),
		detail: sweep.map((c, i) => `k = ${c.k}: ${(100 * share[i]).toFixed(0)} %`).join(', ')
	});

	for (const [a0, maxOperators, maxNakamoto] of [
		[0.01, 60, 6],
		[0.001, 10, 2]
	]) {
		const setting = at(100, a0);
		if (setting === undefined) continue;
		const operators = setting.ours.map((run) => run.summary.operators);
		const nakamoto = setting.ours.map((run) => run.summary.nakamoto);
		const engine = setting.engine;
		checks.push({
			claim: `k = 100, a0 = ${a0}: collapse to a few operators (engine ${span(engine.map((r) => r.operators))} operators, Nakamoto ${span(engine.map((r) => r.nakamoto))})`,
			holds: operators.every((n) => n <= maxOperators) && nakamoto.every((n) => n <= maxNakamoto),
			detail: `ours ${span(operators)} operators, Nakamoto ${span(nakamoto)}`
		});
	}
	return checks;
}

export { span as valueSpan };
