import { maxPoolFast, memberRewardFast } from '../model/cardano/fast';
import type { SimState } from './createState';
import { buildMaxTree } from './maxTree';
import type { EpochParams } from './paramsAt';

/**
 * The wallet ranking: pools by desirability (f̃ − c)(1 − m), f̃ = the pool's maxPool if
 * saturated (ledger `calcStakePoolDesirability` with p̄ = 1,
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/PoolRank.hs),
 * best first, ties by pool number. Also fills the room tree: slot r holds how much stake the
 * pool ranked r can take before it is saturated.
 */
export function rankPools(state: SimState, e: EpochParams): void {
	const { pools, poolStake, work } = state;
	const { rankOrder, rankPosition, desirability, room } = work;
	const n = poolStake.length;
	const total = e.totalStakeAda;
	for (let p = 0; p < n; p++) {
		const saturated = maxPoolFast(
			e.rewardPotAda,
			e.k,
			e.a0,
			e.saturationAda / total,
			pools.pledge[p] / total,
			e.leverageCap
		);
		desirability[p] = memberRewardFast(saturated, pools.cost[p], pools.margin[p], 1, 1);
		rankOrder[p] = p;
	}
	rankOrder.sort((a, b) => desirability[b] - desirability[a] || a - b);
	for (let r = 0; r < n; r++) {
		rankPosition[rankOrder[r]] = r;
		room.value[room.leaves + r] = e.saturationAda - poolStake[rankOrder[r]];
	}
	buildMaxTree(room);
}
