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
