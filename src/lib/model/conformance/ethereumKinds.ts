import { ownCapitalToControl } from '../ownCapitalToControl';
import { leverageRational } from '../leverageRational';
import { annualIssuanceEth, annualRate, annualRateApprox } from '../ethereum/annualRate';
import { baseRewardPerIncrement } from '../ethereum/baseReward';
import { epochsToDays } from '../ethereum/epochsToDays';
import { exitQueueWait } from '../ethereum/exitQueueWait';
import { parseFork } from '../ethereum/fork';
import { inactivityLeak, inactivityLeakRetainedApprox } from '../ethereum/inactivityLeak';
import { initialSlashingPenalty } from '../ethereum/initialSlashingPenalty';
import { slashedValidatorEpochs } from '../ethereum/slashedValidatorEpochs';
import { slashingLoss } from '../ethereum/slashingLoss';
import { whistleblowerReward } from '../ethereum/whistleblowerReward';
import type { KindAdapter } from './cardanoKinds';
import { countInput, bigintInput as int, leverageInput, rationalInput } from './readInput';
import type { Vector } from './vector';

const forkOf = (vector: Vector) => {
	if (vector.fork === undefined) throw new Error('missing "fork"');
	return parseFork(vector.fork);
};

/**
 * Ethereum vector kinds → consensus-spec functions (`slash_validator`, `process_slashings`,
 * `get_inactivity_penalty_deltas`, `compute_exit_epoch_and_update_churn`,
 * `get_base_reward_per_increment`) and the leverage arithmetic:
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md
 */
export const ethereumKinds: Record<string, KindAdapter> = {
	initial_slashing_penalty: (vector) => {
		const eb = int(vector.inputs, 'effective_balance_gwei');
		const reward = whistleblowerReward(eb, forkOf(vector));
		return {
			initial_penalty_gwei: initialSlashingPenalty(eb, forkOf(vector)),
			whistleblower_reward_gwei: reward.totalGwei,
			proposer_part_gwei: reward.proposerPartGwei
		};
	},
	slashing_loss_textbook: (vector) => {
		const { inputs } = vector;
		const loss = slashingLoss(
			int(inputs, 'effective_balance_gwei'),
			int(inputs, 'total_slashed_in_window_gwei'),
			int(inputs, 'total_active_balance_gwei'),
			forkOf(vector)
		);
		return {
			initial_penalty: loss.initialPenaltyGwei,
			effective_balance_at_correlation: loss.effectiveBalanceAtCorrelationGwei,
			correlation_penalty_formula: loss.correlationPenaltyGwei,
			correlation_penalty_applied: loss.correlationPenaltyAppliedGwei,
			total_loss: loss.totalLossGwei,
			remaining: loss.remainingGwei
		};
	},
	slashed_validator_epoch_model: (vector) => {
		const { inputs } = vector;
		const history = slashedValidatorEpochs(
			int(inputs, 'effective_balance_gwei'),
			int(inputs, 'total_slashed_in_window_gwei'),
			int(inputs, 'total_active_balance_gwei'),
			forkOf(vector),
			countInput(inputs, 'epochs')
		);
		return {
			initial_penalty: history.initialPenaltyGwei,
			missed_duty_penalties: history.missedDutyPenaltiesGwei,
			effective_balance_at_correlation: history.effectiveBalanceAtCorrelationGwei,
			correlation_penalty: history.correlationPenaltyGwei,
			total_loss: history.totalLossGwei,
			remaining: history.remainingGwei
		};
	},
	inactivity_leak: (vector) => {
		const epochs = countInput(vector.inputs, 'leak_epochs');
		const leak = inactivityLeak(
			int(vector.inputs, 'effective_balance_gwei'),
			epochs,
			forkOf(vector)
		);
		return {
			balance_gwei: leak.balanceGwei,
			loss_gwei: leak.lossGwei,
			ejection_epoch: leak.ejectionEpoch === null ? 'none' : BigInt(leak.ejectionEpoch),
			days: epochsToDays(epochs),
			retained_fraction_approx_exp: inactivityLeakRetainedApprox(epochs)
		};
	},
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
	},
	leverage: ({ inputs }) => ({
		leverage: leverageRational(int(inputs, 'controlled_gwei'), int(inputs, 'own_at_risk_gwei'))
	}),
	cost_to_control: ({ inputs }) => ({
		own_capital_gwei: ownCapitalToControl(
			int(inputs, 'total_stake_gwei'),
			rationalInput(inputs, 'fraction'),
			leverageInput(inputs, 'leverage')
		)
	})
};
