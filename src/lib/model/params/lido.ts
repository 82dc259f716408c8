import type { Param } from './param';

const csmDeploy =
	'https://github.com/lidofinance/community-staking-module/blob/main/script/DeployMainnet.s.sol';

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
