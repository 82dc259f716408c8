import { cip50Original2022 } from '../cardano/cip50Original2022';
import { maxPool } from '../cardano/maxPool';
import { rewardOnePool } from '../cardano/rewardOnePool';
import { rewardPot } from '../cardano/rewardPot';
import type { KindAdapter } from './kindAdapter';
import { bigintInput as int, optionalRationalInput, rationalInput as rat } from './readInput';

/**
 * Cardano vector kinds → ledger functions (`startStep`, `maxPool'`, `mkPoolRewardInfo`,
 * `calcStakePoolOperatorReward`, `calcStakePoolMemberReward`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 */
export const cardanoKinds: Record<string, KindAdapter> = {
	reward_pot: ({ inputs }) => {
		const pot = rewardPot({
			reserves: int(inputs, 'reserves'),
			fees: int(inputs, 'fees'),
			rho: rat(inputs, 'rho'),
			tau: rat(inputs, 'tau'),
			blocksMade: int(inputs, 'blocks_made'),
			slotsPerEpoch: int(inputs, 'slots_per_epoch'),
			activeSlotCoeff: rat(inputs, 'active_slot_coeff'),
			d: rat(inputs, 'd')
		});
		return {
			expected_blocks: pot.expectedBlocks,
			eta: pot.eta,
			delta_r1: pot.deltaR1,
			reward_pot: pot.rewardPot,
			delta_t1: pot.deltaT1,
			R: pot.R
		};
	},
	max_pool: ({ inputs }) => ({
		max_pool: maxPool(
			int(inputs, 'R'),
			int(inputs, 'k'),
			rat(inputs, 'a0'),
			rat(inputs, 'sigma'),
			rat(inputs, 'p_r'),
			optionalRationalInput(inputs, 'L')
		)
	}),
	pool: ({ inputs }) => {
		const pool = rewardOnePool({
			R: int(inputs, 'R'),
			k: int(inputs, 'k'),
			a0: rat(inputs, 'a0'),
			totalStake: int(inputs, 'total_stake'),
			activeStake: int(inputs, 'active_stake'),
			poolStake: int(inputs, 'pool_stake'),
			ownerStake: int(inputs, 'owner_stake'),
			pledge: int(inputs, 'pledge'),
			cost: int(inputs, 'cost'),
			margin: rat(inputs, 'margin'),
			memberStake: int(inputs, 'member_stake'),
			blocksMade: int(inputs, 'blocks_made'),
			blocksTotal: int(inputs, 'blocks_total'),
			d: rat(inputs, 'd'),
			leverageCap: optionalRationalInput(inputs, 'L')
		});
		return {
			sigma: pool.sigma,
			max_pool: pool.maxPool,
			apparent_performance: pool.apparentPerformance,
			pool_reward: pool.poolReward,
			leader_reward: pool.operatorReward,
			member_reward: pool.memberReward,
			pledge_met: pool.isPledgeMet
		};
	},
	cip50_original_2022: ({ inputs }) => ({
		pool_reward_before_performance: cip50Original2022(
			int(inputs, 'R'),
			int(inputs, 'k'),
			rat(inputs, 'L'),
			rat(inputs, 'sigma'),
			rat(inputs, 'lambda')
		)
	})
};
