import type { Param } from './param';

/**
 * Share of all staked ETH staked through Lido (and so held as stETH or wstETH): Dune Analytics
 * dashboard figures as reported in the press; a secondary source, not read from the contracts.
 * Lido is one liquid staking protocol among several, so this is a lower bound on the share of
 * staked ETH held as liquid staking tokens.
 */
export const lidoShareOfStakedEth: Param = {
	value: 0.2525,
	unit: '',
	label: 'share of staked ETH staked through Lido (Dune Analytics, via press; secondary)',
	source: 'https://cryptonewsinsights.com/?p=30404',
	asOf: '2025-07-24'
};
