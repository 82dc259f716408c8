import { epochsToDays } from '../ethereum/epochsToDays';
import { inactivityLeak, inactivityLeakRetainedApprox } from '../ethereum/inactivityLeak';
import { initialSlashingPenalty } from '../ethereum/initialSlashingPenalty';
import { slashedValidatorEpochs } from '../ethereum/slashedValidatorEpochs';
import { slashingLoss } from '../ethereum/slashingLoss';
import { whistleblowerReward } from '../ethereum/whistleblowerReward';
import { forkOf } from './forkOf';
import type { KindAdapter } from './kindAdapter';
import { countInput, bigintInput as int } from './readInput';

/**
 * Ethereum penalty vector kinds → spec functions `slash_validator`, `process_slashings`,
 * `get_flag_index_deltas`, `get_inactivity_penalty_deltas`:
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md
 */
export const ethereumPenaltyKinds: Record<string, KindAdapter> = {
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
	}
};
