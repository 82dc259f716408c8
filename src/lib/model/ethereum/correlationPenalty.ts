import { effectiveBalanceIncrementGwei } from '../params/ethereumBalances';
import { proportionalSlashingMultiplier } from '../params/ethereumSlashing';
import { isElectraOrLater, slashingEra, type Fork } from './fork';
import { gwei } from './gwei';

/**
 * Correlation penalty of a slashed validator, spec `process_slashings`, with A = min(S · multiplier, T)
 * for S slashed in the 8192-epoch window and T the total active balance.
 * Legacy (phase0–deneb): (eb // increment) · A // T · increment — whole ETH, floored.
 * Electra on: A // (T // increment) · (eb // increment) — exactly linear in eb.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#modified-process_slashings
 * T = 34M ETH, 32 ETH slashed alone: legacy 0, electra 96·10^9 // 34·10^6 · 32 = 2823 · 32 = 90,336 Gwei.
 */
export function correlationPenalty(
	effectiveBalanceGwei: bigint,
	slashedInWindowGwei: bigint,
	totalActiveBalanceGwei: bigint,
	fork: Fork
): bigint {
	const increment = gwei(effectiveBalanceIncrementGwei);
	const multiplier = BigInt(proportionalSlashingMultiplier[slashingEra(fork)].value);
	const scaled = slashedInWindowGwei * multiplier;
	const adjusted = scaled < totalActiveBalanceGwei ? scaled : totalActiveBalanceGwei;
	const increments = effectiveBalanceGwei / increment;
	if (isElectraOrLater(fork)) {
		return (adjusted / (totalActiveBalanceGwei / increment)) * increments;
	}
	return ((increments * adjusted) / totalActiveBalanceGwei) * increment;
}
