/**
 * Stake at which a Cardano pool's rewards stop growing: total stake / k, where total stake is the
 * maximum supply minus the reserves (`maxPool'` uses z0 = 1/nOpt of `circulation`).
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/State/SnapShots.hs
 * Epoch 538: (45,000,000,000 − 7,433,694,305.914142) / 500 = 75,132,611.388 ada (`cardanoSnapshot`).
 */
export function saturationPoint(totalStake: number, k: number): number {
	return totalStake / Math.max(1, k);
}

/**
 * Total stake for rewards: maximum supply − reserves, ledger `circulation`:
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/LedgerState/PulsingReward.hs
 * Epoch 538: 45,000,000,000 − 7,433,694,305.914142 = 37,566,305,694.086 ada.
 */
export function totalStake(maxSupply: number, reserves: number): number {
	return maxSupply - reserves;
}
