import type { Param } from './param';

/**
 * Saturn 1's Universal Adjustable Revenue Split (RPIP-46): the rewards of the ETH a megapool
 * validator borrows from rETH holders are split between the node operator, RPL voters, the pDAO
 * treasury and rETH holders, who keep the remainder.
 */
const saturn1 = 'https://docs.rocketpool.net/upgrades/saturn-1/whats-new';

/** `node_operator_commission_share`: paid to the operator on its own validators' borrowed ETH. */
export const nodeOperatorCommissionShare: Param = {
	value: 0.05,
	unit: '',
	label: 'Rocket Pool node operator commission on borrowed ETH (Saturn 1, RPIP-46)',
	source: saturn1,
	asOf: '2026-11-24'
};

/** `voter_share`: shared among operators by megapool-staked RPL, so not counted for ETH-only nodes. */
export const voterShare: Param = {
	value: 0.09,
	unit: '',
	label: 'Rocket Pool voter share to megapool RPL stakers (Saturn 1, RPIP-46)',
	source: saturn1,
	asOf: '2026-11-24'
};

/** pDAO treasury share, 0 % at Saturn 1. */
export const pdaoShare: Param = {
	value: 0,
	unit: '',
	label: 'Rocket Pool pDAO treasury share (Saturn 1, RPIP-46)',
	source: saturn1,
	asOf: '2026-11-24'
};
