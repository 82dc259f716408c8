import type { Param } from './param';

const genesis =
	'https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json';
const cfStatistics =
	'https://github.com/cardano-foundation/cf-java-rewards-calculation/blob/main/report/statistics.csv';

/** ρ, `monetaryExpansion`: share of the reserves released each epoch (×η). */
export const rho: Param = {
	value: 0.003,
	unit: 'per epoch',
	label: 'ρ, monetary expansion',
	source: genesis,
	asOf: '2025-01-24'
};

/** τ, `treasuryCut`: share of the reward pot sent to the treasury. */
export const tau: Param = {
	value: 0.2,
	unit: '',
	label: 'τ, treasury cut',
	source: cfStatistics,
	asOf: '2025-01-24'
};

/** `minPoolCost`, checked only when a pool (re-)registers. 340 ada before epoch 445. */
export const minPoolCostAda: Param = {
	value: 170,
	unit: 'ada',
	label: 'minimum pool cost',
	source: 'https://github.com/cardano-foundation/cardano-org/blob/main/glossary/min-pool-cost.md',
	asOf: '2026-08-22'
};

export const slotsPerEpoch: Param = {
	value: 432_000,
	unit: 'slots',
	label: 'slots per epoch (1 s each: 5 days)',
	source: genesis,
	asOf: '2020-07-29'
};

/** `slotLength`: seconds per slot. */
export const slotLengthSeconds: Param = {
	value: 1,
	unit: 's',
	label: 'seconds per slot',
	source: genesis,
	asOf: '2020-07-29'
};

/** f, `activeSlotsCoeff`: 432,000 · 1/20 = 21,600 expected blocks per epoch. */
export const activeSlotCoeff: Param = {
	value: 0.05,
	unit: '',
	label: 'f, active slot coefficient',
	source: genesis,
	asOf: '2020-07-29'
};

export const epochDays: Param = {
	value: 5,
	unit: 'days',
	label: 'epoch length',
	source: genesis,
	asOf: '2020-07-29'
};

/**
 * CIP-50 `maxPledgeLeverage` L: in the Dijkstra ledger (null by default, not on mainnet). The CIP
 * bounds it to 1 ≤ L ≤ 10,000 and works its examples with L = 100.
 */
export const cip50ExampleLeverage: Param = {
	value: 100,
	unit: '×',
	label: 'CIP-50 maximum pledge leverage L (example value; not enacted)',
	source: 'https://cips.cardano.org/cip/CIP-0050',
	asOf: '2026-08-19'
};

export const cip50MinLeverage: Param = {
	...cip50ExampleLeverage,
	value: 1,
	label: 'CIP-50 lowest L'
};
export const cip50MaxLeverage: Param = {
	...cip50ExampleLeverage,
	value: 10_000,
	label: 'CIP-50 highest L'
};
