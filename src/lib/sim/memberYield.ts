import { maxPoolFast, memberRewardFast, poolRewardFast } from '../model/cardano/fast';
import type { Pools } from './createPools';
import type { EpochParams } from './paramsAt';

/**
 * Member reward per ada of pool `p` when the pool holds `poolStakeAda` in all (owners included),
 * at expected performance (p̄ = 1). What a delegator earns per ada after joining is this at the
 * pool's stake plus theirs.
 */
export function memberYield(pools: Pools, p: number, poolStakeAda: number, e: EpochParams) {
	if (poolStakeAda <= 0) return 0;
	const total = e.totalStakeAda;
	const sigma = poolStakeAda / total;
	const maxPool = maxPoolFast(
		e.rewardPotAda,
		e.k,
		e.a0,
		sigma,
		pools.pledge[p] / total,
		e.leverageCap
	);
	const reward = poolRewardFast(maxPool, 1);
	return memberRewardFast(reward, pools.cost[p], pools.margin[p], 1, poolStakeAda);
}

/**
 * The pool stake at which `memberYield` peaks: the saturation point, or below it the CIP-50 cap
 * L · pledge. Below the peak the reward grows linearly with stake from a non-positive intercept
 * (so cost per ada falls); above it the reward is flat and is shared by more stake.
 */
export function yieldPeakStake(pools: Pools, p: number, e: EpochParams): number {
	if (e.leverageCap === undefined) return e.saturationAda;
	return Math.min(e.saturationAda, e.leverageCap * pools.pledge[p]);
}
