import type { Param } from './param';

/** A validator activates with 32 ETH (phase0 `MAX_EFFECTIVE_BALANCE`, Electra `MIN_ACTIVATION_BALANCE`). */
export const validatorBalanceEth: Param = {
	value: 32,
	unit: 'ETH',
	label: 'balance of one validator',
	source:
		'https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#gwei-values',
	asOf: '2026-08-01'
};
