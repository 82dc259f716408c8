import type { Param } from './params';
import { ethereum, rocketPool, thread } from './params';

/** A design whose operator posts a bond per validator, so leverage is the same at any size. */
export interface BondedDesign {
	readonly id: string;
	readonly label: string;
	readonly kind: 'bonded';
	readonly validatorBalance: Param;
	readonly bond: Param;
}

/** A design whose operator keeps a fixed own stake while delegation grows. */
export interface FixedOwnDesign {
	readonly id: string;
	readonly label: string;
	readonly kind: 'fixed-own';
	readonly ownStake: Param;
}

export type LeverageDesign = BondedDesign | FixedOwnDesign;

export const ethereumSolo: BondedDesign = {
	id: 'solo',
	label: 'Ethereum solo validator',
	kind: 'bonded',
	validatorBalance: ethereum.validatorBalanceEth,
	bond: ethereum.validatorBalanceEth
};

export const rocketPool16: BondedDesign = {
	id: 'rp16',
	label: 'Rocket Pool, 16 ETH bond',
	kind: 'bonded',
	validatorBalance: ethereum.validatorBalanceEth,
	bond: rocketPool.originalMinipoolBondEth
};

export const rocketPool8: BondedDesign = {
	id: 'rp8',
	label: 'Rocket Pool, 8 ETH bond',
	kind: 'bonded',
	validatorBalance: ethereum.validatorBalanceEth,
	bond: rocketPool.leb8BondEth
};

export const threadExample: FixedOwnDesign = {
	id: 'thread',
	label: "The thread's example, 1 ETH own",
	kind: 'fixed-own',
	ownStake: thread.threadOwnEth
};
