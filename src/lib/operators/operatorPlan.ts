import type { GameState } from './gameState';
import { operatorRewardFast } from '../model/cardano/fast';
import { planDelegation } from './planDelegation';
import {
	costPerPool,
	desirability,
	marginToMatch,
	operatorUtility,
	pledgePerPool
} from './poolEconomics';
import { ranksAbove, type Pool, type RankKey } from './pool';
import { poolReward, saturationThreshold } from './rewardScheme';
import type { Allocation, Stakeholder } from './stakeholder';
import type { PoolCountMemo } from './poolCountMemo';
import type { Targets } from './targets';
import { delegationValue } from './valuation';

/** Running `pools` pools: their common pledge, cost and saturation figures, and their margins. */
export interface OperatorPlan {
	readonly pools: number;
	readonly pledge: number;
	readonly cost: number;
	readonly potentialProfit: number;
	readonly threshold: number;
	readonly margins: readonly number[];
	/** Current pools kept (oldest first); the remaining pools are new. */
	readonly kept: readonly Pool[];
	/** Stake left over after pledging every pool to saturation, delegated elsewhere. */
	readonly allocations: readonly Allocation[];
	readonly value: number;
}

interface Terms {
	pledge: number;
	cost: number;
	threshold: number;
	reward: number;
	potentialProfit: number;
}

function termsFor(state: GameState, agent: Stakeholder, pools: number): Terms {
	const { scheme } = state;
	const pledge = pledgePerPool(agent.stake, pools, scheme.beta);
	const cost = costPerPool(pools, agent.cost, state.settings.extraPoolCost);
	const threshold = saturationThreshold(scheme, pledge);
	const reward = poolReward(scheme, threshold, pledge);
	return { pledge, cost, threshold, reward, potentialProfit: reward - cost };
}

/**
 * Margin of the i-th pool (i = 1 … t): it must outrank the pool now k − i + 1-th among the others'.
 * It matches that pool's potential profit (what it will offer once it cuts its margin), or its
 * current desirability if higher, plus a small edge; NaN when even a zero margin cannot.
 */
function marginFor(terms: Terms, targets: Targets, i: number): number {
	const j = targets.k - i;
	if (terms.potentialProfit < targets.toBeat[j]) return NaN;
	return marginToMatch(terms.potentialProfit, targets.toMatch[j]);
}

/** Expected utility of running `pools` pools when every margin is set as above (the search's yardstick). */
export function valueOfRunning(
	state: GameState,
	agent: Stakeholder,
	targets: Targets,
	pools: number
): number {
	const terms = termsFor(state, agent, pools);
	const { pledge, cost, threshold, reward, potentialProfit } = terms;
	const reachable = targets.reachable(potentialProfit, pools);
	let value = 0;
	for (let i = 1; i <= reachable; i++) {
		const margin = marginToMatch(potentialProfit, targets.toMatch[targets.k - i]);
		value += operatorRewardFast(reward, cost, margin, pledge, threshold) - cost;
	}
	// a pool that cannot outrank its target is expected to keep only its pledge
	if (reachable < pools)
		value += (pools - reachable) * operatorUtility(state.scheme, pledge, pledge, 0, cost);
	return value;
}

/**
 * Number of pools with the highest expected utility, found by the engine's local search over
 * 1 … k (halving the interval towards whichever neighbour is better), which assumes one peak.
 */
export function chooseNumberOfPools(
	state: GameState,
	agent: Stakeholder,
	targets: Targets,
	memo: PoolCountMemo
): number {
	memo.clear();
	const value = (t: number) => memo.get(t) ?? memo.set(t, valueOfRunning(state, agent, targets, t));
	let lo = 1;
	let hi = state.settings.k;
	for (;;) {
		const t = Math.floor((lo + hi) / 2);
		const here = value(t);
		if (t > lo && value(t - 1) > here) {
			hi = t - 1;
			continue;
		}
		if (t < hi && value(t + 1) > here) {
			lo = t + 1;
			continue;
		}
		return t;
	}
}

/** The pools to keep when running fewer: the best ranked, then the fuller, then the older. */
function poolsToKeep(agent: Stakeholder, pools: number): Pool[] {
	if (agent.pools.length <= pools) return agent.pools.slice();
	return agent.pools
		.slice()
		.sort(
			(a, b) =>
				b.desirability - a.desirability ||
				b.potentialProfit - a.potentialProfit ||
				b.stake - a.stake ||
				a.id - b.id
		)
		.slice(0, pools)
		.sort((a, b) => a.id - b.id);
}

/** The full plan for `pools` pools and its expected utility, each pool placed in the real ranking. */
export function planOperating(
	state: GameState,
	agent: Stakeholder,
	targets: Targets,
	pools: number
): OperatorPlan {
	const terms = termsFor(state, agent, pools);
	const { pledge, cost, threshold, potentialProfit } = terms;
	const kept = poolsToKeep(agent, pools);
	const margins: number[] = [];
	const keys: RankKey[] = [];
	for (let i = 1; i <= pools; i++) {
		const margin = marginFor(terms, targets, i);
		margins.push(Number.isNaN(margin) ? 0 : margin);
		const id = i <= kept.length ? kept[i - 1].id : state.nextPoolId + i - 1 - kept.length;
		keys.push({ desirability: desirability(margins[i - 1], potentialProfit), potentialProfit, id });
	}
	const { ranking, scheme } = state;
	// the plan's pools share pledge and threshold: how many outrank a given one is its place among them
	const order = keys.map((_, i) => i).sort((a, b) => (ranksAbove(keys[a], keys[b]) ? -1 : 1));
	// the owner's current pools also share one threshold; they leave the ranking under this plan
	const ownRanks = agent.pools.map((pool) => pool.rank).sort((a, b) => a - b);
	const ownThreshold = agent.pools.length > 0 ? agent.pools[0].threshold : 0;
	let value = 0;
	for (let place = 0; place < pools; place++) {
		const i = order[place];
		const position = ranking.positionOf(keys[i]);
		const above =
			ranking.thresholdSumAbove(position) -
			countBelow(ownRanks, position) * ownThreshold +
			place * threshold;
		const stake = i < kept.length ? kept[i].stake - kept[i].pledge + pledge : pledge;
		const expected = ranking.coversStake(above) ? Math.max(threshold, stake) : pledge;
		value += operatorUtility(scheme, expected, pledge, margins[i], cost);
	}
	const allocations = planDelegation(state, agent, agent.stake - pledge * pools);
	value += delegationValue(state, agent, allocations);
	return { pools, pledge, cost, potentialProfit, threshold, margins, kept, allocations, value };
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (values[mid] < limit) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
