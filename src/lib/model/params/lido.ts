import type { Param } from './param';

const csmDeploy =
	'https://github.com/lidofinance/community-staking-module/blob/main/script/DeployMainnet.s.sol';
/** The mainnet deploy script of CSM v2 at the commit it was read from (reward shares since v2). */
const csmDeployV2 =
	'https://github.com/lidofinance/community-staking-module/blob/67d248508a7ee2bcf7f4d9c5f8c82c4bb0054300/script/DeployMainnet.s.sol#L74';
const csmDeployV2Ics =
	'https://github.com/lidofinance/community-staking-module/blob/67d248508a7ee2bcf7f4d9c5f8c82c4bb0054300/script/DeployMainnet.s.sol#L107-L108';

/** Curated Module v1 operators post no bond: "No bond; reputation-based model". */
export const curatedBondEth: Param = {
	value: 0,
	unit: 'ETH',
	label: 'Lido Curated Module bond',
	source: 'https://docs.lido.fi/run-on-lido/cm-v2/context-and-background',
	asOf: '2026-07-24'
};

/** CSM default bond curve (`PermissionlessGate`): the first validator's bond. */
export const csmFirstBondEth: Param = {
	value: 2.4,
	unit: 'ETH',
	label: 'Lido CSM bond, first validator (default curve)',
	source: csmDeploy,
	asOf: '2025-09-22'
};

/** CSM default bond curve: the bond of each further validator (bond(n) = 2.4 + (n − 1) · 1.3). */
export const csmNextBondEth: Param = {
	value: 1.3,
	unit: 'ETH',
	label: 'Lido CSM bond, each further validator (default curve)',
	source: csmDeploy,
	asOf: '2025-09-22'
};

/** CSM Identified Community Stakers curve: 1.5 ETH first, then 1.3 ETH. */
export const csmIcsFirstBondEth: Param = {
	value: 1.5,
	unit: 'ETH',
	label: 'Lido CSM bond, first validator (identified community stakers)',
	source: csmDeploy,
	asOf: '2025-09-22'
};

/**
 * `defaultRewardShareBP = 5834`: a permissionless CSM operator receives 58.34 % of the module fee
 * earned by its validators ("58.34% of 6% = 3.5% of the total"); the rest is a rebate that
 * `CSFeeDistributor` sends to the DAO's Aragon agent.
 */
export const csmRewardShare: Param = {
	value: 0.5834,
	unit: '',
	label: 'Lido CSM reward share of a permissionless operator (share of the module fee, v2)',
	source: csmDeployV2,
	asOf: '2025-09-17'
};

/** `identifiedCommunityStakersGateRewardShareData`: [1, 10000], then [17, 5834]. */
export const csmIcsRewardShare: Param = {
	value: 1,
	unit: '',
	label: 'Lido CSM reward share of an identified community staker, keys 1 to 16',
	source: csmDeployV2Ics,
	asOf: '2025-09-17'
};

/** The last key that earns the full share on the identified-community-stakers curve. */
export const csmIcsFullShareKeys: Param = {
	value: 16,
	unit: 'validators',
	label: 'Lido CSM keys of an identified community staker paid the full module fee',
	source: csmDeployV2Ics,
	asOf: '2025-09-17'
};
