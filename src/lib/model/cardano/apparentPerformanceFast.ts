/**
 * Float twin of `apparentPerformance`, ledger `mkApparentPerformance`:
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * p̄ = β / σ_a with β = blocksMade / max(1, blocksTotal) and σ_a = poolStake / activeStake; 0 for
 * an empty pool (d = 0 since Babbage, so the d ≥ 4/5 branch is left out). 30 of 21,600 blocks
 * for 30M of 21.6 B ada active: (30/21,600) / (1/720) = 1.
 */
export function apparentPerformanceFast(
	blocksMade: number,
	blocksTotal: number,
	poolStake: number,
	activeStake: number
): number {
	if (poolStake <= 0 || activeStake <= 0) return 0;
	return blocksMade / Math.max(1, blocksTotal) / (poolStake / activeStake);
}
