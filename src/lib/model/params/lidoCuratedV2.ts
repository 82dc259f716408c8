import type { Param } from './param';

/**
 * Lido Curated Module v2 bonds for a Professional Trusted operator: 11 ETH for the first key, 0.1 ETH
 * for each of the next 17. Its validators are 0x02 (compounding), topped up to as much as 2048 ETH.
 * From the docs: the deploy script we could read still had placeholder curves.
 */
const docs = 'https://docs.lido.fi/run-on-lido/cm-v2/node-operator-types';

export const firstKeyBondEth: Param = {
	value: 11,
	unit: 'ETH',
	label: 'Lido Curated Module v2 bond, first key (Professional Trusted operator)',
	source: docs,
	asOf: '2026-07-24'
};

export const nextKeysBondEth: Param = {
	value: 0.1,
	unit: 'ETH',
	label: 'Lido Curated Module v2 bond, each of keys 2 to 18',
	source: docs,
	asOf: '2026-07-24'
};

export const lowBondKeys: Param = {
	value: 18,
	unit: 'keys',
	label: 'keys covered by the first two bond tiers (1 + 17)',
	source: docs,
	asOf: '2026-07-24'
};
