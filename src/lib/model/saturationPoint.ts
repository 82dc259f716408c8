/**
 * Stake at which a Cardano pool's rewards stop growing: total stake / k, where total stake is the
 * maximum supply minus the reserves (`maxPool'` uses z0 = 1/nOpt of `circulation`).
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/State/SnapShots.hs
 * Epoch 618: (45,000,000,000 − 6,505,611,847) / 500 = 76,988,776.306 ada.
 */
export function saturationPoint(totalStake: number, k: number): number {
	return totalStake / Math.max(1, k);
}

/**
 * Total stake for rewards: maximum supply − reserves, ledger `circulation`:
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/LedgerState/PulsingReward.hs
 * Epoch 618: 45,000,000,000 − 6,505,611,847 = 38,494,388,153 ada.
 */
export function totalStake(maxSupply: number, reserves: number): number {
	return maxSupply - reserves;
}
