import { floor, mul, rational, type Rational } from '../exact/rational';

/**
 * Pool reward f̂ = floor(p̄ · maxPool), ledger `mkPoolRewardInfo` (`rationalToCoinViaFloor`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * maxPool is already floored (0 when the pledge is not met). Example: maxPool 36,924,406 with
 * p̄ = 10 → 369,244,060 lovelace.
 */
export function poolReward(maxPool: bigint, apparentPerformance: Rational): bigint {
	return floor(mul(apparentPerformance, rational(maxPool)));
}
