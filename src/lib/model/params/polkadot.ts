import type { Param } from './param';

const assetHubStaking =
	'https://github.com/polkadot-fellows/runtimes/blob/8e6e289137e6d97f97042ba240ca74397c1c10dc/system-parachains/asset-hubs/asset-hub-polkadot/src/staking/mod.rs';

/** `BondingDuration = 28` eras; an era is `SessionsPerEra` 6 × 4 h = 24 h. */
export const bondingDays: Param = {
	value: 28,
	unit: 'days',
	label: 'Polkadot bonding duration (28 eras of 24 h)',
	source: assetHubStaking,
	asOf: '2026-12-02'
};

/** `SlashDeferDuration = 27` eras: a slash is applied 27 days after the offence unless governance cancels it. */
export const slashDeferDays: Param = {
	value: 27,
	unit: 'days',
	label: 'Polkadot slash defer duration (27 eras)',
	source: assetHubStaking,
	asOf: '2026-12-02'
};

/**
 * `NominatorFastUnbondDuration = 2` eras: the unbonding of nominators when governance has made
 * them unslashable (`AreNominatorsSlashable`); ignored while nominators are slashable.
 */
export const nominatorFastUnbondDays: Param = {
	value: 2,
	unit: 'days',
	label: 'Polkadot nominator fast unbond, if governance makes nominators unslashable',
	source: assetHubStaking,
	asOf: '2026-12-02'
};
