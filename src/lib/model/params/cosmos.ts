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

const cometParams =
	'https://github.com/cometbft/cometbft/blob/42f769316b7aaf9a4642def814a8524fa0024c20/types/params.go';

/** CometBFT `DefaultEvidenceParams().MaxAgeDuration = 48 * time.Hour`; each chain sets its own. */
export const evidenceMaxAgeHours: Param = {
	value: 48,
	unit: 'hours',
	label: 'CometBFT default evidence max age (duration)',
	source: cometParams,
	asOf: '2026-12-02'
};

/** CometBFT `DefaultEvidenceParams().MaxAgeNumBlocks = 100000`; each chain sets its own. */
export const evidenceMaxAgeBlocks: Param = {
	value: 100_000,
	unit: 'blocks',
	label: 'CometBFT default evidence max age (blocks)',
	source: cometParams,
	asOf: '2026-12-02'
};

/** The block time CometBFT's own comment assumes for the default: "27.8 hrs at 1block/s". */
export const evidenceBlockSeconds: Param = {
	value: 1,
	unit: 's',
	label: 'block time assumed by the CometBFT default ("27.8 hrs at 1block/s")',
	source: cometParams,
	asOf: '2026-12-02'
};
