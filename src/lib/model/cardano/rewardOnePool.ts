import { rational, type Rational } from '../exact/rational';
import { apparentPerformance } from './apparentPerformance';
import { maxPool } from './maxPool';
import { memberReward } from './memberReward';
import { operatorReward } from './operatorReward';
import { poolReward } from './poolReward';

/** One pool in one epoch; stakes in lovelace from the "go" snapshot. */
export interface PoolEpoch {
	readonly R: bigint;
	readonly k: number | bigint;
	readonly a0: Rational;
	/** Total stake = maxLovelaceSupply − reserves (ledger `circulation`). */
	readonly totalStake: bigint;
	/** Stake delegated to registered pools. */
	readonly activeStake: bigint;
	readonly poolStake: bigint;
	/** Stake of the owners that is delegated to this pool. */
	readonly ownerStake: bigint;
	/** Declared pledge. */
	readonly pledge: bigint;
	readonly cost: bigint;
	readonly margin: Rational;
	/** One non-owner delegator, part of poolStake. */
	readonly memberStake: bigint;
	readonly blocksMade: bigint;
	readonly blocksTotal: bigint;
	readonly d: Rational;
	/** CIP-50 maximum pledge leverage L; undefined where the era has none. */
	readonly leverageCap?: Rational;
}

export interface PoolEpochRewards {
	/** Pool stake / total stake. */
	readonly sigma: Rational;
	readonly isPledgeMet: boolean;
	/** 0 when the pledge is not met. */
	readonly maxPool: bigint;
	readonly apparentPerformance: Rational;
	readonly poolReward: bigint;
	readonly operatorReward: bigint;
	readonly memberReward: bigint;
}

/**
 * Rewards of one pool, ledger `mkPoolRewardInfo` and `rewardOnePoolMember` (Shelley spec
 * `rewardOnePool`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * maxPool is 0 for everyone when pledge > ownerStake; a pool that made no block is skipped (all 0).
 * σ and the pledge are relative to total stake, p̄ to active stake.
 */
export function rewardOnePool(pool: PoolEpoch): PoolEpochRewards {
	const sigma = rational(pool.poolStake, pool.totalStake);
	const isPledgeMet = pool.pledge <= pool.ownerStake;
	const pledgeRatio = rational(pool.pledge, pool.totalStake);
	const maxP = isPledgeMet
		? maxPool(pool.R, pool.k, pool.a0, sigma, pledgeRatio, pool.leverageCap)
		: 0n;
	const performance = apparentPerformance(
		pool.d,
		pool.blocksMade,
		pool.blocksTotal,
		pool.poolStake,
		pool.activeStake
	);
	const isProducer = pool.blocksMade > 0n;
	const reward = isProducer ? poolReward(maxP, performance) : 0n;
	const split = (f: typeof operatorReward, stake: bigint) =>
		isProducer ? f(reward, pool.cost, pool.margin, stake, pool.poolStake) : 0n;
	return {
		sigma,
		isPledgeMet,
		maxPool: maxP,
		apparentPerformance: performance,
		poolReward: reward,
		operatorReward: split(operatorReward, pool.ownerStake),
		memberReward: split(memberReward, pool.memberStake)
	};
}
