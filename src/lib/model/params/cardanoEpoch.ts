import type { Param } from './param';

const genesis =
	'https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json';

/** `epochLength`: slots per epoch. */
export const epochLengthSlots: Param = {
	value: 432_000,
	unit: 'slots',
	label: 'slots per epoch',
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
