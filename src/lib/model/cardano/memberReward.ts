import { divOrZero, floor, mul, ONE, rational, sub, type Rational } from '../exact/rational';

/**
 * Reward of one delegator that is not a pool owner, ledger `calcStakePoolMemberReward`
 * (Shelley spec `r_member`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * f̂ ≤ c ? 0 : floor((f̂ − c)(1 − m)·t/σ), t/σ = memberStake/poolStake. Ledger PoolLifetime golden
 * test: f̂ = 12,693,333,333, c = 5, m = 1/10, member 10^15 of 10,999,999,999,999,722 → 1,038,545,454.
 */
export function memberReward(
	poolReward: bigint,
	cost: bigint,
	margin: Rational,
	memberStake: bigint,
	poolStake: bigint
): bigint {
	if (poolReward <= cost) return 0n;
	const memberShare = divOrZero(rational(memberStake), rational(poolStake));
	return floor(mul(mul(rational(poolReward - cost), sub(ONE, margin)), memberShare));
}
