import type { Param } from './param';

/**
 * Who stakes on Cardano mainnet: pool and delegator counts, stake totals of one epoch, and the
 * shape of pledges, costs and margins, for the delegation simulation's `mainnet` preset.
 * Amounts are in ada; epoch 538 began on 2025-02-03.
 */

const cfj =
	'https://github.com/cardano-foundation/cf-java-rewards-calculation/blob/main/report/statistics.csv';
const messari =
	'https://mercury-news.com/analytics/cardano-more-ada-delegators-staking-but-why-are-bears-dominant.html';
const cexplorer = 'https://cexplorer.io/article/insight-into-cardano-pools';

export const poolsWithStake: Param = {
	value: 2_888,
	unit: 'pools',
	label: 'pools with delegated stake (Messari, via news; secondary)',
	source: messari,
	asOf: '2023-11-01'
};

export const delegators: Param = {
	value: 1_310_000,
	unit: 'delegators',
	label: 'unique delegators (Messari, via news; secondary)',
	source: messari,
	asOf: '2023-09-30'
};

/** Circulation = maximum supply − reserves: the σ denominator of the reward formula. */
export const totalStakeAda: Param = {
	value: 37_566_305_694,
	unit: 'ada',
	label: 'total stake (maximum supply − reserves), epoch 538',
	source: cfj,
	asOf: '2025-02-03'
};

export const activeStakeAda: Param = {
	value: 21_765_141_118,
	unit: 'ada',
	label: 'active (delegated) stake, epoch 538',
	source: cfj,
	asOf: '2025-02-03'
};

/** R: the reward pot shared by the pools after the treasury cut. */
export const poolRewardPotAda: Param = {
	value: 17_910_618,
	unit: 'ada per epoch',
	label: 'reward pot for pools (R), epoch 538',
	source: cfj,
	asOf: '2025-02-03'
};

export const zeroPledgePools: Param = {
	value: 473,
	unit: 'pools',
	label: 'pools with zero pledge, epoch 560 (Koios, cited by CIP-50)',
	source: 'https://cips.cardano.org/cip/CIP-0050',
	asOf: '2025-05-24'
};

/** Read as the typical (median) pledge: a small sample, far below the mean. */
export const typicalPledgeAda: Param = {
	value: 400_000,
	unit: 'ada',
	label: 'typical pledge of a pool (Cexplorer sample)',
	source: cexplorer,
	asOf: '2023-07-11'
};

export const meanPledgeAda: Param = {
	value: 1_400_000,
	unit: 'ada',
	label: 'mean pledge per pool, epochs 300–470 (range 1.19–1.66 M)',
	source:
		'https://github.com/cardano-foundation/cardano-economic-parameter-insights/blob/main/Markdown/whitepaper.md',
	asOf: '2024-02-28'
};

export const minPoolCostAda: Param = {
	value: 170,
	unit: 'ada per epoch',
	label: 'minimum pool cost since epoch 445',
	source:
		'https://forum.cardano.org/t/iogs-response-to-the-parameter-committee-recommendation-on-pcp-001/122965',
	asOf: '2023-10-27'
};

/** Pools registered before the change keep this cost until they re-register. */
export const previousMinPoolCostAda: Param = {
	value: 340,
	unit: 'ada per epoch',
	label: 'minimum pool cost at Shelley genesis, until epoch 445',
	source:
		'https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json',
	asOf: '2020-07-29'
};

export const typicalMaxMargin: Param = {
	value: 0.05,
	unit: '',
	label: 'assumed: public pools spread their margins evenly over 0 to 5 %',
	source: cexplorer,
	asOf: '2023-07-11'
};

/** No measured distribution was found; a log-normal spread this wide gives whales of ~100 M ada. */
export const delegationLogSpread: Param = {
	value: 2.2,
	unit: '',
	label: 'assumed: log-normal σ of delegations (heavy-tailed, not measured)',
	source: cexplorer,
	asOf: '2023-07-11'
};

/** A delegation made in epoch e is first rewarded for epoch e + 2 (mark, set, go snapshots). */
export const redelegationDelayEpochs: Param = {
	value: 2,
	unit: 'epochs',
	label: 'epochs from a delegation to the first epoch it earns in',
	source:
		'https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/formal-spec/epoch.tex',
	asOf: '2020-07-29'
};

/** Sticky stake motivates CIP-163; how sticky is not measured. */
export const delegatorInertia: Param = {
	value: 0.9,
	unit: '',
	label: 'assumed: share of delegators who do not reconsider their pool in an epoch',
	source: 'https://cips.cardano.org/cip/CIP-0163',
	asOf: '2026-11-24'
};

/**
 * Start-state shape, not a measurement: the engine clips popularity at the saturation point, and
 * this spread leaves about 55 % of pools holding over 100 k ada below 3 M ada, as the IOR
 * incentives report quoted in PCP-006 found for active pools (873 of 1,614).
 */
export const startPopularityLogSpread: Param = {
	value: 2,
	unit: '',
	label:
		'assumed: log-normal σ of pool popularity at the mainnet start (about 54 % of active pools under 3 M ada)',
	source: 'https://forum.cardano.org/t/pcp-006-minpoolcost-cerkoryn/153833',
	asOf: '2026-11-24'
};
