import { allStrategy } from './chooseAll';
import { rankingStrategy } from './chooseRanking';
import { sampleStrategy } from './chooseSample';
import type { SimState } from './createState';
import { ruleNames } from './delegatorRules';
import { groupByClass } from './groupByClass';
import { applyMoves, fillStayYield, relocate, type MoveTally } from './moveTally';
import type { MoverStrategy } from './moverStrategy';
import type { EpochParams } from './paramsAt';
import type { Rng } from './rng';
import type { SimParams } from './simParams';

/**
 * The one mover loop every information rule shares: the first `n` entries of `work.movers`
 * re-evaluate one at a time, each seeing the live stake left by those before them, stake class by
 * stake class in a random class order; each asks the strategy of its own rule where to go.
 * Strategies are built only for the rules present among the movers.
 */
export function moveMovers(
	state: SimState,
	params: SimParams,
	e: EpochParams,
	n: number,
	rng: Rng
): MoveTally {
	const { work } = state;
	const tally: MoveTally = { moves: 0, movedStake: 0 };
	const classes = groupByClass(work, n, state, rng);
	const present = new Uint8Array(ruleNames.length);
	if (state.rule === null) present[state.soleRule] = 1;
	else for (let i = 0; i < n; i++) present[work.groupedRule[i]] = 1;
	fillStayYield(state, e);
	const byRule: (MoverStrategy | undefined)[] = ruleNames.map((name, r) => {
		if (present[r] === 0) return undefined;
		if (name === 'all') return allStrategy(state, e, params.minGain);
		if (name === 'sample') return sampleStrategy(state, e, params.minGain, params.sampleSize, rng);
		if (name === 'ranking') return rankingStrategy(state, e, params.minGain, params.sampleSize);
		return undefined;
	});
	const active = byRule.filter((s): s is MoverStrategy => s !== undefined);
	for (let c = 0; c < classes; c++) {
		const cls = work.classOrder[c];
		const from = work.classStart[cls];
		const to = work.classStart[cls + 1];
		for (let s = 0; s < active.length; s++) {
			active[s].startClass(from, to, work.classMin[cls], work.classMax[cls]);
		}
		// One rule for all (sticky movers were dropped before): no rule look-up per mover.
		if (state.rule === null) {
			if (active.length > 0) moveAlone(state, e, tally, active[0], from, to);
		} else moveMixed(state, e, tally, byRule, active, from, to);
	}
	applyMoves(state, n);
	return tally;
}

/** Grouped movers `from`…`to` when one rule has every delegator: one strategy, no look-ups. */
function moveAlone(
	state: SimState,
	e: EpochParams,
	tally: MoveTally,
	strategy: MoverStrategy,
	from: number,
	to: number
): void {
	const { groupedPool, groupedStake } = state.work;
	for (let i = from; i < to; i++) {
		const target = strategy.choose(i);
		if (target < 0) continue;
		const own = groupedPool[i];
		relocate(state, e, tally, i, target, strategy.offered);
		strategy.moved(own, target, groupedStake[i]);
	}
}

/** Grouped movers `from`…`to` of a mixed population: each asks its rule's strategy. */
function moveMixed(
	state: SimState,
	e: EpochParams,
	tally: MoveTally,
	byRule: readonly (MoverStrategy | undefined)[],
	active: readonly MoverStrategy[],
	from: number,
	to: number
): void {
	const { groupedPool, groupedStake, groupedRule } = state.work;
	for (let i = from; i < to; i++) {
		const strategy = byRule[groupedRule[i]];
		if (strategy === undefined) continue;
		const target = strategy.choose(i);
		if (target < 0) continue;
		const own = groupedPool[i];
		relocate(state, e, tally, i, target, strategy.offered);
		for (let s = 0; s < active.length; s++) active[s].moved(own, target, groupedStake[i]);
	}
}
