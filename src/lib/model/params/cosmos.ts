import type { Param } from './param';

const staking = 'https://github.com/cosmos/cosmos-sdk/blob/main/x/staking/types/params.go';
const slashing = 'https://github.com/cosmos/cosmos-sdk/blob/main/x/slashing/types/params.go';

/** `DefaultUnbondingTime = 60*60*24*7*3` seconds; chains may override it. */
export const unbondingDays: Param = {
	value: 21,
	unit: 'days',
	label: 'Cosmos SDK default unbonding time',
	source: staking,
	asOf: '2026-08-19'
};

/** `DefaultSlashFractionDoubleSign`: 1/20 of the validator's and its delegators' bonded stake. */
export const doubleSignSlashFraction: Param = {
	value: 0.05,
	unit: '',
	label: 'Cosmos SDK default double-sign slash fraction',
	source: slashing,
	asOf: '2026-08-19'
};

/** `DefaultSlashFractionDowntime`: 1/100. */
export const downtimeSlashFraction: Param = {
	value: 0.01,
	unit: '',
	label: 'Cosmos SDK default downtime slash fraction',
	source: slashing,
	asOf: '2026-08-19'
};
