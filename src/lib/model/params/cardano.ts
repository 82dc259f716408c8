import type { Param } from './param';

const genesis =
	'https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json';

/** `nOpt` / `stakePoolTargetNum`, the number of pools the rewards are designed for. */
export const k: Param = {
	value: 500,
	unit: 'pools',
	label: 'k, the target number of pools',
	source: 'https://cips.cardano.org/cip/CIP-0050',
	asOf: '2026-08-19'
};

/** `poolPledgeInfluence`. */
export const a0: Param = {
	value: 0.3,
	unit: '',
	label: 'a0, the pledge influence',
	source: genesis,
	asOf: '2026-08-19'
};

export const maxLovelaceSupplyAda: Param = {
	value: 45_000_000_000,
	unit: 'ada',
	label: 'maximum supply',
	source: genesis,
	asOf: '2020-07-29'
};

/** Reserves at the start of epoch 618; total stake for rewards is the supply minus this. */
export const reservesAda: Param = {
	value: 6_505_611_847,
	unit: 'ada',
	label: 'reserves, epoch 618',
	source: 'https://cardano.org/insights/supply',
	asOf: '2026-03-10'
};
