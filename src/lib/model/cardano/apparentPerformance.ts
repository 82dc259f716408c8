import { compare, div, ONE, rational, ZERO, type Rational } from '../exact/rational';

const FOUR_FIFTHS = rational(4n, 5n);

/**
 * Apparent performance p̄, ledger `mkApparentPerformance`:
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * β = blocksMade / max(1, blocksTotal), σ_a = poolStake / activeStake; p̄ = β/σ_a when d < 4/5,
 * 1 when d ≥ 4/5 (early Shelley), 0 when σ_a = 0. Exact and unbounded: a 500 ada pool making
 * 1 of 21,600 blocks with 21.6 B ada active has p̄ = (1/21600) / (1/43,200,000) = 2000.
 */
export function apparentPerformance(
	d: Rational,
	blocksMade: bigint,
	blocksTotal: bigint,
	poolStake: bigint,
	activeStake: bigint
): Rational {
	if (poolStake === 0n || activeStake === 0n) return ZERO;
	if (compare(d, FOUR_FIFTHS) >= 0) return ONE;
	const beta = rational(blocksMade, blocksTotal < 1n ? 1n : blocksTotal);
	return div(beta, rational(poolStake, activeStake));
}
