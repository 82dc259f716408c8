import { annualIssuanceEth, annualRate, annualRateApprox } from '../ethereum/annualRate';
import { baseRewardPerIncrement } from '../ethereum/baseReward';
import { exitQueueWait } from '../ethereum/exitQueueWait';
import { forkOf } from './forkOf';
import type { KindAdapter } from './kindAdapter';
import { bigintInput as int } from './readInput';

/**
 * Ethereum exit-queue and issuance vector kinds → spec `compute_exit_epoch_and_update_churn` and
 * `get_base_reward_per_increment`:
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#new-compute_exit_epoch_and_update_churn
 */
export const ethereumQueueKinds: Record<string, KindAdapter> = {
	exit_queue: (vector) => {
		const { inputs } = vector;
		const wait = exitQueueWait(
			int(inputs, 'amount_gwei'),
			int(inputs, 'queued_ahead_gwei'),
			int(inputs, 'total_active_balance_gwei'),
			forkOf(vector)
		);
		return {
			churn_per_epoch_gwei: wait.churnPerEpochGwei,
			exit_epoch_offset: wait.exitEpochOffset,
			withdrawable_epoch_offset: wait.withdrawableEpochOffset,
			exit_days: wait.exitDays,
			withdrawable_days: wait.withdrawableDays
		};
	},
	base_reward_apr: ({ inputs }) => {
		const total = int(inputs, 'total_active_balance_gwei');
		return {
			base_reward_per_increment_gwei: baseRewardPerIncrement(total),
			apr_exact_integer: annualRate(total),
			apr_approx_166: annualRateApprox(total),
			annual_issuance_eth_approx: annualIssuanceEth(total)
		};
	}
};
