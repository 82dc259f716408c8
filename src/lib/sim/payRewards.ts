import { maxPoolFast, memberRewardFast, poolRewardFast } from '../model/cardano/fast';
import { epochsPerYear as cardanoEpochsPerYear } from '../model/cardano/epochsPerYear';
import type { SimState } from './createState';
import { detSqrt } from './detMath';
import { activeStake } from './markStake';
import type { EpochParams } from './paramsAt';

/** 432,000 one-second slots per epoch: 73.05 epochs a Julian year. */
export const epochsPerYear = cardanoEpochsPerYear();

/** Delegators' reward per ada this epoch, annualised (simple, × 73.05), over all delegated ada. */
export interface YieldSummary {
	readonly meanYield: number;
	/** Stake-weighted standard deviation of the pools' member yields. */
	readonly yieldSpread: number;
}

/**
 * The reward phase: each pool's reward and member reward per ada, at expected performance, on
 * the stake snapshot this epoch's rewards use. Owners' stake equals the pledge, so every pledge
 * is met. Fills `poolReward` and `memberYield` (per epoch) and returns the delegators' mean yield.
 */
export function payRewards(state: SimState, e: EpochParams): YieldSummary {
	const { pools, poolReward, memberYield } = state;
	const active = activeStake(state);
	const total = e.totalStakeAda;
	let paid = 0;
	let members = 0;
	for (let p = 0; p < active.length; p++) {
		const stake = active[p];
		const pledge = pools.pledge[p];
		const maxPool =
			stake > 0
				? maxPoolFast(e.rewardPotAda, e.k, e.a0, stake / total, pledge / total, e.leverageCap)
				: 0;
		poolReward[p] = poolRewardFast(maxPool, 1);
		memberYield[p] =
			stake > 0 ? memberRewardFast(poolReward[p], pools.cost[p], pools.margin[p], 1, stake) : 0;
		paid += memberYield[p] * (stake - pledge);
		members += stake - pledge;
	}
	const mean = members > 0 ? paid / members : 0;
	let variance = 0;
	for (let p = 0; p < active.length; p++) {
		const deviation = memberYield[p] - mean;
		variance += (active[p] - pools.pledge[p]) * deviation * deviation;
	}
	return {
		meanYield: mean * epochsPerYear,
		yieldSpread: members > 0 ? detSqrt(variance / members) * epochsPerYear : 0
	};
}
