import { a0, k } from '../model/params/cardano';
import * as population from '../model/params/cardanoPopulation';
import { detLog, detSqrt } from './detMath';
import type { SimParams } from './simParams';

const pledgeLogSpread = detSqrt(
	2 * detLog(population.meanPledgeAda.value / population.typicalPledgeAda.value)
);

/**
 * Mainnet at epoch 538: 2,888 pools with stake rounded up to 3,000, every figure from
 * `cardanoPopulation.ts` or `cardano.ts`. The pledge spread makes the log-normal's median the
 * typical pledge and its mean the mean pledge. Behavioural values (inertia, popularity spread)
 * are labelled assumptions in `cardanoPopulation.ts`; `minGain`, `sampleSize` and `whaleShare`
 * are this engine's choices: move for a 1 % better yield, look at 10 pools, whale holds 90 %.
 */
const mainnet: SimParams = {
	pools: 3_000,
	delegators: population.delegators.value,
	totalStakeAda: population.totalStakeAda.value,
	delegatedStakeAda: population.activeStakeAda.value,
	rewardPotAda: population.poolRewardPotAda.value,
	k: k.value,
	a0: a0.value,
	leverageCap: null,
	changes: [],
	zeroPledgeShare: population.zeroPledgePools.value / population.poolsWithStake.value,
	pledgeMedianAda: population.typicalPledgeAda.value,
	pledgeLogSpread,
	costMinAda: population.minPoolCostAda.value,
	costMaxAda: population.previousMinPoolCostAda.value,
	marginMax: population.typicalMaxMargin.value,
	stakeLogSpread: population.delegationLogSpread.value,
	start: 'mainnet',
	whaleShare: 0.9,
	popularityLogSpread: population.startPopularityLogSpread.value,
	inertia: population.delegatorInertia.value,
	information: 'all',
	mix: null,
	sampleSize: 10,
	minGain: 0.01,
	delayEpochs: population.redelegationDelayEpochs.value,
	epochs: 100,
	seed: 1
};

/**
 * A world for articles: 50 pools and 5,000 delegators with k = 8. Stake totals and R shrink by
 * 8/500, as k does, so the saturation point, pool rewards and per-ada yields stay mainnet's; the
 * pools-per-k ratio (6.25) stays close to mainnet's (6).
 */
const smallK = 8;
const scale = smallK / mainnet.k;
const small: SimParams = {
	...mainnet,
	pools: 50,
	delegators: 5_000,
	totalStakeAda: Math.round(mainnet.totalStakeAda * scale),
	delegatedStakeAda: Math.round(mainnet.delegatedStakeAda * scale),
	rewardPotAda: Math.round(mainnet.rewardPotAda * scale),
	k: smallK
};

export const presets = { mainnet, small } as const;
export type PresetName = keyof typeof presets;
