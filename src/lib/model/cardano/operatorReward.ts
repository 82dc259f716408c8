import { add, divOrZero, floor, mul, ONE, rational, sub, type Rational } from '../exact/rational';

/**
 * Operator (leader) reward, ledger `calcStakePoolOperatorReward` (Shelley spec `r_operator`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * f̂ ≤ c ? f̂ : c + floor((f̂ − c)(m + (1 − m)·s/σ)); s/σ = ownerStake/poolStake, 0 for an empty pool.
 * Ledger PoolLifetime golden test: f̂ = 12,693,333,333, c = 5, m = 1/10, owners 9,999,999,999,999,722
 * of 10,999,999,999,999,722 → 11,654,787,878.
 */
export function operatorReward(
	poolReward: bigint,
	cost: bigint,
	margin: Rational,
	ownerStake: bigint,
	poolStake: bigint
): bigint {
	if (poolReward <= cost) return poolReward;
	const ownerShare = divOrZero(rational(ownerStake), rational(poolStake));
	const share = add(margin, mul(sub(ONE, margin), ownerShare));
	return cost + floor(mul(rational(poolReward - cost), share));
}
