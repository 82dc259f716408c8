import type { SimState } from './createState';
import { mixOf, ruleColumn, STICKY } from './delegatorRules';
import type { MoveTally } from './moveTally';
import { moveMovers } from './moveMovers';
import type { EpochParams } from './paramsAt';
import { pickMovers } from './pickMovers';
import type { Rng } from './rng';
import type { SimParams } from './simParams';

/**
 * The redelegation phase: a random 1 − inertia share of delegators is picked; the sticky ones
 * among them never look, the others re-evaluate in `moveMovers`. Returns how many re-evaluated,
 * moved, and how much stake moved.
 */
export function redelegate(
	state: SimState,
	params: SimParams,
	e: EpochParams,
	rng: Rng
): MoveTally & { movers: number } {
	const mix = mixOf(params);
	const key = JSON.stringify(mix);
	if (state.ruleKey !== key) {
		const { rule, sole } = ruleColumn(state.stake.length, mix);
		[state.rule, state.soleRule, state.ruleKey] = [rule, sole, key];
	}
	const { work, rule } = state;
	if (rule !== null && work.groupedRule.length < rule.length) {
		work.groupedRule = new Uint8Array(rule.length);
	}
	const { movers } = work;
	const picked = pickMovers(state.stake.length, params.inertia, movers, rng);
	let n = picked;
	if (rule !== null || state.soleRule === STICKY) {
		n = 0;
		for (let j = 0; j < picked; j++) {
			if ((rule === null ? state.soleRule : rule[movers[j]]) !== STICKY) movers[n++] = movers[j];
		}
	}
	return { movers: n, ...moveMovers(state, params, e, n, rng) };
}
