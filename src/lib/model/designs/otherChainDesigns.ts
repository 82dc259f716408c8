import { cardanoLedger, cosmos, polkadot, tezos } from '../params';
import type { StakingDesign } from './stakingDesign';

const ownStakedTez = 1;
/** Baking power per own staked tez: 1 + 9 external staked + 9 delegated / 3 = 13. */
const tezosLeverage =
	ownStakedTez +
	tezos.stakingOverBakingLimit.value +
	tezos.delegationOverBakingLimit.value / tezos.stakingOverDelegationEdge.value;

export const cosmosDesign: StakingDesign = {
	id: 'cosmos',
	label: 'Cosmos SDK slashable delegation',
	chain: 'Cosmos',
	whoIsSlashed: 'the validator and all its delegators, pro rata (5% for double signing by default)',
	isDelegatorSlashable: true,
	lockDays: cosmos.unbondingDays.value,
	lockNote: 'unbonding period; unbonding stake stays slashable for earlier faults',
	maxLeverage: Infinity,
	leverageNote: 'not capped by the protocol: the validator sets its own min_self_delegation',
	sources: [cosmos.unbondingDays.source, cosmos.doubleSignSlashFraction.source]
};

export const tezosDesign: StakingDesign = {
	id: 'tezos',
	label: 'Tezos staking and delegation',
	chain: 'Tezos',
	whoIsSlashed: 'the baker’s own staked tez and external stakers, pro rata; delegators never',
	isDelegatorSlashable: false,
	lockDays: tezos.unstakeDays.value,
	lockNote: 'staked tez: 4 cycles to unstake; delegated tez stay liquid',
	maxLeverage: tezosLeverage,
	leverageNote: 'baking power ≤ own + 9× staked + 9× delegated at 1/3 weight = 13× own staked tez',
	sources: [tezos.stakingOverBakingLimit.source, tezos.delegationOverBakingLimit.source]
};

export const cardanoPoolDesign: StakingDesign = {
	id: 'cardano',
	label: 'Cardano stake pools',
	chain: 'Cardano',
	whoIsSlashed: 'nobody: no slashing; the pledge only shapes rewards',
	isDelegatorSlashable: false,
	lockDays: 0,
	lockNote: 'none: delegated ada stays spendable; a new delegation earns from 2 epochs later',
	maxLeverage: Infinity,
	leverageNote: 'pledge is not at risk; rewards stop growing at the saturation point',
	sources: [
		'https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs'
	]
};

export const cip50Design: StakingDesign = {
	...cardanoPoolDesign,
	id: 'cardano-cip50',
	label: `Cardano with the CIP-50 cap (L = ${cardanoLedger.cip50ExampleLeverage.value})`,
	leverageNote: `still nothing at risk, but rewarded stake ≤ L × pledge (1 ≤ L ≤ 10,000): a zero-pledge pool earns nothing`,
	sources: [cardanoLedger.cip50ExampleLeverage.source]
};

export const polkadotDesign: StakingDesign = {
	id: 'polkadot',
	label: 'Polkadot nominated proof of stake',
	chain: 'Polkadot',
	whoIsSlashed:
		'the validator and its nominators, in proportion to their exposure, while nominators are slashable (a governance flag can make them unslashable)',
	isDelegatorSlashable: true,
	lockDays: polkadot.bondingDays.value,
	lockNote: `bonding duration ${polkadot.bondingDays.value} eras of 24 h; slashes are deferred ${polkadot.slashDeferDays.value} eras so governance can cancel them`,
	maxLeverage: Infinity,
	leverageNote: 'not capped by the protocol relative to the validator’s own bond',
	sources: [polkadot.bondingDays.source]
};
