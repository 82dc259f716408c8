import { memberRewardFast, operatorRewardFast } from '../model/cardano/fast';
import { poolReward, type RewardScheme } from './rewardScheme';

/**
 * Operator's utility from one pool: its ledger reward (cost back, margin, share of the rest) minus
 * the cost it pays, so a pool that earns less than its cost is a loss.
 */
export function operatorUtility(
	scheme: RewardScheme,
	poolStake: number,
	pledge: number,
	margin: number,
	cost: number
): number {
	const reward = poolReward(scheme, poolStake, pledge);
	return operatorRewardFast(reward, cost, margin, pledge, poolStake) - cost;
}

/** Reward of `amount` delegated to a pool holding `poolStake` in all (ledger member reward). */
export function delegatorUtility(
	scheme: RewardScheme,
	amount: number,
	poolStake: number,
	pledge: number,
	margin: number,
	cost: number
): number {
	const reward = poolReward(scheme, poolStake, pledge);
	return memberRewardFast(reward, cost, margin, amount, poolStake);
}

/** Cost of each of t pools when the first costs c and each extra one φ·c: c(1 + (t−1)φ)/t. */
export function costPerPool(pools: number, firstPoolCost: number, extraPoolCost: number): number {
	return (firstPoolCost * (1 + (pools - 1) * extraPoolCost)) / pools;
}

/** The whole stake is pledged, split evenly, but no pool is pledged beyond saturation. */
export function pledgePerPool(stake: number, pools: number, beta: number): number {
	return Math.min(stake / pools, beta);
}

/** Margin at which a pool's desirability (1 − m)·profit equals `target` (0 if it cannot). */
export function marginToMatch(potentialProfit: number, target: number): number {
	return potentialProfit > 0 ? Math.max(1 - target / potentialProfit, 0) : 0;
}

/** What a delegator gets per unit of potential profit: (1 − m)·potential profit, at least 0. */
export function desirability(margin: number, potentialProfit: number): number {
	return Math.max((1 - margin) * potentialProfit, 0);
}
