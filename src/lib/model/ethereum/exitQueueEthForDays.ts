import { epochsToDays } from './epochsToDays';
import { exitChurnLimit } from './exitChurn';
import type { Fork } from './fork';

/**
 * ETH that must be queued ahead for an exit to wait `days`, at the fork's exit churn limit
 * (`compute_exit_epoch_and_update_churn` lets `exitChurnLimit` out per epoch):
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#new-compute_exit_epoch_and_update_churn
 * 40 days at electra's 256 ETH cap: 9,000 epochs × 256 = 2,304,000 ETH.
 */
export function exitQueueEthForDays(
	days: number,
	totalActiveBalanceGwei: bigint,
	fork: Fork
): number {
	const epochs = days / epochsToDays(1);
	const churnEth = Number(exitChurnLimit(totalActiveBalanceGwei, fork)) / 1e9;
	return Math.round(epochs * churnEth);
}
