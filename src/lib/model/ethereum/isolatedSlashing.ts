import { epochsPerSlashingsVector } from '../params/ethereumSlashing';
import { epochsToDays } from './epochsToDays';
import type { Fork } from './fork';
import { slashedValidatorEpochs, type SlashedValidatorHistory } from './slashedValidatorEpochs';

export interface IsolatedSlashing extends SlashedValidatorHistory {
	/** Days from the slashing until the balance is withdrawable (EPOCHS_PER_SLASHINGS_VECTOR). */
	readonly withdrawableDays: number;
}

/**
 * What one validator slashed alone loses in all, by part: the initial penalty (`slash_validator`),
 * the attestation penalties it keeps paying every epoch until withdrawable (a slashed validator is
 * still eligible and never timely, `get_flag_index_deltas`), and the correlation penalty of its own
 * stake at the halfway epoch (`process_slashings`). No leak; T constant.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#modified-slash_validator
 * Electra, 32 ETH, T = 34M ETH: 7,812,500 + 8192 · 6,940 + 90,336 = 64,755,316 Gwei (0.0648 ETH) over
 * 36.4 days; the initial penalty is 12 % of it.
 */
export function isolatedSlashing(
	totalActiveBalanceGwei: bigint,
	fork: Fork,
	effectiveBalanceGwei = 32_000_000_000n
): IsolatedSlashing {
	const epochs = epochsPerSlashingsVector.value;
	return {
		...slashedValidatorEpochs(
			effectiveBalanceGwei,
			effectiveBalanceGwei,
			totalActiveBalanceGwei,
			fork,
			epochs
		),
		withdrawableDays: epochsToDays(epochs)
	};
}
