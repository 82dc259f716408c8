import { correlationPenalty } from './correlationPenalty';
import type { Fork } from './fork';
import { initialSlashingPenalty } from './initialSlashingPenalty';

export interface SlashingLoss {
	readonly initialPenaltyGwei: bigint;
	/** The textbook model keeps eb unchanged until the correlation penalty. */
	readonly effectiveBalanceAtCorrelationGwei: bigint;
	/** What `process_slashings` computes. */
	readonly correlationPenaltyGwei: bigint;
	/** What `decrease_balance` can take: never below a zero balance. */
	readonly correlationPenaltyAppliedGwei: bigint;
	readonly totalLossGwei: bigint;
	readonly remainingGwei: bigint;
}

/**
 * Loss of a validator slashed together with S in the window, textbook model (balance = eb, no
 * missed-duty penalties, eb unchanged): spec `slash_validator` then `process_slashings`.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#modified-process_slashings
 * Bellatrix, 32 ETH, a third of T slashed: 1 ETH initial + min(32, 31) ETH = everything.
 */
export function slashingLoss(
	effectiveBalanceGwei: bigint,
	slashedInWindowGwei: bigint,
	totalActiveBalanceGwei: bigint,
	fork: Fork
): SlashingLoss {
	const initialPenaltyGwei = initialSlashingPenalty(effectiveBalanceGwei, fork);
	const afterInitial = effectiveBalanceGwei - initialPenaltyGwei;
	const formula = correlationPenalty(
		effectiveBalanceGwei,
		slashedInWindowGwei,
		totalActiveBalanceGwei,
		fork
	);
	const applied = formula < afterInitial ? formula : afterInitial;
	return {
		initialPenaltyGwei,
		effectiveBalanceAtCorrelationGwei: effectiveBalanceGwei,
		correlationPenaltyGwei: formula,
		correlationPenaltyAppliedGwei: applied,
		totalLossGwei: initialPenaltyGwei + applied,
		remainingGwei: afterInitial - applied
	};
}
