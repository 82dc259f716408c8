import type { Param } from './param';

const genesis =
	'https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json';

/**
 * `nOpt` / `stakePoolTargetNum`, the number of pools the rewards are designed for. The Shelley
 * genesis set 150; a protocol parameter update raised it to 500 from epoch 234 (2020-12-06), as
 * CIP-9's change log records ("The nOpt parameter was changed from 150 to 500 in epoch 234").
 */
export const k: Param = {
	value: 500,
	unit: 'pools',
	label: 'k (nOpt), the target number of pools, since epoch 234',
	source: 'https://github.com/cardano-foundation/CIPs/blob/master/CIP-0009/README.md#change-log',
	asOf: '2020-12-06'
};

/** `nOpt` in the mainnet Shelley genesis, before the update above. */
export const genesisK: Param = {
	value: 150,
	unit: 'pools',
	label: 'k (nOpt) in the mainnet Shelley genesis, until epoch 234',
	source: genesis,
	asOf: '2020-07-29'
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

/**
 * Reserves at the start of epoch 618. Not used for rewards: the site's Cardano figures come from the
 * epoch-538 snapshot (`cardano/snapshot`); this later point is kept to show how far it has moved.
 */
export const reservesAda: Param = {
	value: 6_505_611_847,
	unit: 'ada',
	label: 'reserves, epoch 618',
	source: 'https://cardano.org/insights/supply',
	asOf: '2026-03-10'
};
