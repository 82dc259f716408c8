import { maxSeedLookahead, minValidatorWithdrawabilityDelay } from '../params/ethereumChurn';
import { epochsToDays } from './epochsToDays';
import { exitChurnLimit } from './exitChurn';
import type { Fork } from './fork';

export interface ExitQueueWait {
	readonly churnPerEpochGwei: bigint;
	/** Epochs from now until the exit epoch. */
	readonly exitEpochOffset: bigint;
	/** Epochs from now until the balance is withdrawable (the withdrawal sweep comes on top). */
	readonly withdrawableEpochOffset: bigint;
	readonly exitDays: number;
	readonly withdrawableDays: number;
}

/**
 * Waiting time of an exit of `amountGwei` behind `queuedAheadGwei`, spec
 * `compute_exit_epoch_and_update_churn` (electra) in closed form: exit at
 * current + 1 + 4 + max(0, ceil((Q + A) / churn) − 1), withdrawable 256 epochs later.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#new-compute_exit_epoch_and_update_churn
 * T = 34M ETH, 1M ETH ahead, 32 ETH: ceil(1,000,032 / 256) = 3907 → exit in 3911 epochs (17.38 d).
 */
export function exitQueueWait(
	amountGwei: bigint,
	queuedAheadGwei: bigint,
	totalActiveBalanceGwei: bigint,
	fork: Fork
): ExitQueueWait {
	const churn = exitChurnLimit(totalActiveBalanceGwei, fork);
	const queued = queuedAheadGwei + amountGwei;
	const epochsOfChurn = queued === 0n ? 0n : (queued - 1n) / churn + 1n;
	const extra = epochsOfChurn > 1n ? epochsOfChurn - 1n : 0n;
	const exitEpochOffset = 1n + BigInt(maxSeedLookahead.value) + extra;
	const withdrawableEpochOffset = exitEpochOffset + BigInt(minValidatorWithdrawabilityDelay.value);
	return {
		churnPerEpochGwei: churn,
		exitEpochOffset,
		withdrawableEpochOffset,
		exitDays: epochsToDays(exitEpochOffset),
		withdrawableDays: epochsToDays(withdrawableEpochOffset)
	};
}
