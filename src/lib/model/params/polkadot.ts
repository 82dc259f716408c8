import type { Param } from './param';

/**
 * Polkadot staking (pallet-staking-async on Asset Hub). Eras last 24 hours on Polkadot, so eras
 * and days coincide here. Whether nominators are still slashable on chain depends on the
 * `AreNominatorsSlashable` storage flag, which we did not read from the chain.
 */
const runtime =
	'https://github.com/polkadot-fellows/runtimes/blob/main/system-parachains/asset-hubs/asset-hub-polkadot/src/staking/mod.rs';

/** `BondingDuration = 28` eras: unbonded DOT are withdrawable 28 eras later. */
export const bondingDays: Param = {
	value: 28,
	unit: 'days',
	label: 'Polkadot bonding duration (28 eras of 24 h)',
	source: runtime,
	asOf: '2026-06-29'
};

/** `SlashDeferDuration = 27` eras: a slash waits this long, during which governance can cancel it. */
export const slashDeferDays: Param = {
	value: 27,
	unit: 'days',
	label: 'Polkadot slash defer duration (27 eras)',
	source: runtime,
	asOf: '2026-06-29'
};

/**
 * `NominatorFastUnbondDuration = 2` eras: used instead of the bonding duration only while
 * `AreNominatorsSlashable` is false (pallet default: true).
 */
export const nominatorFastUnbondDays: Param = {
	value: 2,
	unit: 'days',
	label: 'Polkadot nominator fast unbond duration (2 eras; only if nominators are unslashable)',
	source:
		'https://paritytech.github.io/polkadot-sdk/master/pallet_staking_async/type.AreNominatorsSlashable.html',
	asOf: '2026-06-29'
};
