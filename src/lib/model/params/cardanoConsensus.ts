import type { Param } from './param';

const genesis =
	'https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json';

/** `slotsPerKESPeriod`: a pool's KES signing key evolves, and the old one is erased, every period. */
export const slotsPerKesPeriod: Param = {
	value: 129_600,
	unit: 'slots',
	label: 'slots per KES period',
	source: genesis,
	asOf: '2020-07-29'
};

/** `maxKESEvolutions`: after this many periods the operator must issue a new operational certificate. */
export const maxKesEvolutions: Param = {
	value: 62,
	unit: 'periods',
	label: 'maximum KES evolutions per operational certificate',
	source: genesis,
	asOf: '2020-07-29'
};

/** `securityParam` k: a node never rolls back more than this many blocks. */
export const securityParamBlocks: Param = {
	value: 2160,
	unit: 'blocks',
	label: 'security parameter k (maximum rollback)',
	source: genesis,
	asOf: '2020-07-29'
};
