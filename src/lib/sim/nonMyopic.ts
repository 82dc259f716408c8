import type { Pools } from './createPools';
import type { EpochParams } from './paramsAt';

/**
 * The ledger's non-myopic pool stake for a member holding `memberStake` in pool `p`, where the
 * pool would hold `stakeWithMember` in all (ledger `nonMyopicStake`, `PoolRank.hs`,
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/PoolRank.hs):
 * a pool among the k most desirable is assumed to fill to saturation, max(σ + t, z0); any other
 * pool is assumed to keep only its owners' pledge and this member, s + t.
 */
export function nonMyopicStake(
	pools: Pools,
	p: number,
	stakeWithMember: number,
	memberStake: number,
	isTopRanked: boolean,
	e: EpochParams
): number {
	return isTopRanked ? Math.max(stakeWithMember, e.saturationAda) : pools.pledge[p] + memberStake;
}
