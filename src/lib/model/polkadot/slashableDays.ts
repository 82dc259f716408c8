import { bondingDays } from '../params/polkadot';

/**
 * Days a Polkadot validator's and its nominators' bonded stake answer for an offence: reports are
 * only taken for eras still in `BondedEras`, the last `BondingDuration` eras (pallet-staking
 * `on_offence`: "Before bonding period ... should be filtered out"), and unbonding stake stays
 * bonded that long too. https://github.com/paritytech/polkadot-sdk/blob/master/substrate/frame/staking/src/pallet/impls.rs
 * Asset Hub Polkadot: 28 eras of 24 h = 28 days. Nominators are slashable unless governance has
 * turned that off (`AreNominatorsSlashable`).
 */
export function polkadotSlashableDays(): number {
	return bondingDays.value;
}
