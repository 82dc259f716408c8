import { preset, specParam } from './ethereumSpec';

/** Capella `MAX_WITHDRAWALS_PER_PAYLOAD`: the withdrawal sweep pays at most 16 validators a block. */
export const maxWithdrawalsPerPayload = specParam(
	16,
	'withdrawals',
	'MAX_WITHDRAWALS_PER_PAYLOAD',
	preset('capella')
);
