import type { Param } from './param';

export const originalMinipoolBondEth: Param = {
	value: 16,
	unit: 'ETH',
	label: 'Rocket Pool original minipool bond',
	source: 'https://docs.rocketpool.net/legacy/atlas/lebs',
	asOf: '2026-08-19'
};

export const leb8BondEth: Param = {
	value: 8,
	unit: 'ETH',
	label: 'Rocket Pool LEB8 minipool bond (Atlas)',
	source: 'https://docs.rocketpool.net/legacy/atlas/lebs',
	asOf: '2026-08-19'
};

const saturn1 = 'https://docs.rocketpool.net/upgrades/saturn-1/whats-new';
const rpip42 = 'https://rpips.rocketpool.net/RPIPs/RPIP-42';

/** Saturn 1 megapools: "lower the bond requirement per validator from 8 ETH to 4 ETH". */
export const megapoolBondEth: Param = {
	value: 4,
	unit: 'ETH',
	label: 'Rocket Pool megapool bond per validator (Saturn 1)',
	source: saturn1,
	asOf: '2026-08-19'
};

/** RPIP-42 as planned for Saturn 2: `reduced_bond` 1.5 ETH from the third validator; undecided (RPIP-86). */
export const saturn2ReducedBondEth: Param = {
	value: 1.5,
	unit: 'ETH',
	label: 'Rocket Pool planned Saturn 2 reduced bond (not decided)',
	source: rpip42,
	asOf: '2026-08-03'
};

/** Minimum RPL collateral of pre-Saturn-0 minipools: 10% of the borrowed ETH, in ETH value. */
export const legacyMinRplShareOfBorrowed: Param = {
	value: 0.1,
	unit: '',
	label: 'Rocket Pool legacy minimum RPL stake, share of borrowed ETH',
	source: 'https://docs.rocketpool.net/legacy/atlas/lebs',
	asOf: '2026-08-19'
};
