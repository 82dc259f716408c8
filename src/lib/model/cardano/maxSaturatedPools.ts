import { saturationPoint } from '../saturationPoint';

/**
 * How many pools the delegated stake could fill to the saturation point at most: active stake
 * divided by total stake / k, rounded down. Only delegated stake fills pools, so with less than all
 * of the supply delegated, fewer than k pools can be saturated.
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/State/SnapShots.hs
 * Epoch 538: 21,765,141,118 / (37,566,305,694 / 500) = 289.7, so 289 pools.
 */
export function maxSaturatedPools(activeStake: number, totalStake: number, k: number): number {
	return Math.floor(activeStake / saturationPoint(totalStake, k));
}
