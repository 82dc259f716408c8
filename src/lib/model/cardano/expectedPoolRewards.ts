import { maxPoolFast, memberRewardFast, operatorRewardFast, poolRewardFast } from './fast';

/** What the ledger needs to know about a pool's owners and fees. Amounts in ada. */
export interface PoolTerms {
	/** Declared pledge, assumed met: the owners delegate exactly this much to the pool. */
	readonly pledgeAda: number;
	readonly costAda: number;
	/** Margin as a fraction, 0 to 1. */
	readonly margin: number;
}

/** The network side of one epoch's rewards. */
export interface RewardNetwork {
	/** R, the epoch's pot shared by the pools, in ada. */
	readonly rewardPotAda: number;
	readonly k: number;
	readonly a0: number;
	/** Maximum supply − reserves (ledger `circulation`), in ada. */
	readonly totalStakeAda: number;
}

export interface ExpectedPoolRewards {
	readonly poolReward: number;
	/** Leader reward: cost, margin and the owners' share of the rest. */
	readonly operatorReward: number;
	/** Member reward of one delegated ada. */
	readonly memberRewardPerAda: number;
}

/**
 * One epoch's expected rewards of a pool holding `poolStakeAda` (pledge included), at apparent
 * performance p̄ = 1: maxPool, then the operator and member split, ledger `mkPoolRewardInfo`:
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * Example: R = 1000, k = 10, a0 = 0, total 1000 ada, pool 100 ada, pledge 1, cost 10, margin 1/10 →
 * pool 100, operator 10 + 90 · (0.1 + 0.9 · 0.01) = 19.81, member 90 · 0.9 / 100 = 0.81 per ada.
 * A pool smaller than its pledge cannot meet it and earns nothing.
 */
export function expectedPoolRewards(
	poolStakeAda: number,
	pool: PoolTerms,
	network: RewardNetwork
): ExpectedPoolRewards {
	if (poolStakeAda <= 0 || poolStakeAda < pool.pledgeAda)
		return { poolReward: 0, operatorReward: 0, memberRewardPerAda: 0 };
	const { rewardPotAda, k, a0, totalStakeAda } = network;
	const sigma = poolStakeAda / totalStakeAda;
	const maxPool = maxPoolFast(rewardPotAda, k, a0, sigma, pool.pledgeAda / totalStakeAda);
	const poolReward = poolRewardFast(maxPool, 1);
	const { costAda, margin, pledgeAda } = pool;
	return {
		poolReward,
		operatorReward: operatorRewardFast(poolReward, costAda, margin, pledgeAda, poolStakeAda),
		memberRewardPerAda: memberRewardFast(poolReward, costAda, margin, 1, poolStakeAda)
	};
}
