import { correlationPenalty } from './correlationPenalty';
import { effectiveBalanceAfter, maxEffectiveBalanceFor } from './effectiveBalance';
import type { Fork } from './fork';
import { initialSlashingPenalty } from './initialSlashingPenalty';
import { missedDutyPenalty } from './missedDutyPenalty';

export interface SlashedValidatorHistory {
	readonly initialPenaltyGwei: bigint;
	readonly missedDutyPenaltiesGwei: bigint;
	readonly effectiveBalanceAtCorrelationGwei: bigint;
	/** As applied: never more than the balance left. */
	readonly correlationPenaltyGwei: bigint;
	readonly totalLossGwei: bigint;
	readonly remainingGwei: bigint;
}

/**
 * A slashed validator epoch by epoch until withdrawable, in the spec's order inside `process_epoch`:
 * missed-duty penalties (`get_flag_index_deltas`), at the halfway epoch `process_slashings`, then
 * `process_effective_balance_updates`. T constant, no leak, no sync duty.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#epoch-processing
 * Bellatrix, 32 ETH alone, T = 34M ETH, 8192 epochs: eb drops to 30 ETH after the 1 ETH penalty;
 * total loss 1,053,297,586 Gwei.
 */
export function slashedValidatorEpochs(
	effectiveBalanceGwei: bigint,
	slashedInWindowGwei: bigint,
	totalActiveBalanceGwei: bigint,
	fork: Fork,
	epochs = 8192
): SlashedValidatorHistory {
	const key = `${effectiveBalanceGwei}/${slashedInWindowGwei}/${totalActiveBalanceGwei}/${fork}/${epochs}`;
	const known = histories.get(key);
	if (known) return known;
	const history = walkEpochs(
		effectiveBalanceGwei,
		slashedInWindowGwei,
		totalActiveBalanceGwei,
		fork,
		epochs
	);
	if (histories.size >= KEPT_HISTORIES) histories.delete(histories.keys().next().value as string);
	histories.set(key, history);
	return history;
}

/**
 * Histories already walked, by their arguments, oldest first: a page asks for the same few on
 * every render (8192 epochs each, most of an article's rendering time), and a reader's slider
 * comes back to the values it passed.
 */
const histories = new Map<string, SlashedValidatorHistory>();
export const KEPT_HISTORIES = 256;

function walkEpochs(
	effectiveBalanceGwei: bigint,
	slashedInWindowGwei: bigint,
	totalActiveBalanceGwei: bigint,
	fork: Fork,
	epochs: number
): SlashedValidatorHistory {
	const cap = maxEffectiveBalanceFor(effectiveBalanceGwei);
	const initialPenaltyGwei = initialSlashingPenalty(effectiveBalanceGwei, fork);
	const take = (amount: bigint) => (amount < balance ? amount : balance);
	let balance = effectiveBalanceGwei - initialPenaltyGwei;
	let eb = effectiveBalanceGwei;
	let missed = 0n;
	let ebAtCorrelation = eb;
	let correlation = 0n;
	for (let epoch = 0; epoch < epochs; epoch++) {
		const penalty = take(missedDutyPenalty(eb, totalActiveBalanceGwei));
		balance -= penalty;
		missed += penalty;
		if (epoch === Math.floor(epochs / 2) - 1) {
			ebAtCorrelation = eb;
			correlation = take(correlationPenalty(eb, slashedInWindowGwei, totalActiveBalanceGwei, fork));
			balance -= correlation;
		}
		eb = effectiveBalanceAfter(balance, eb, cap);
	}
	return {
		initialPenaltyGwei,
		missedDutyPenaltiesGwei: missed,
		effectiveBalanceAtCorrelationGwei: ebAtCorrelation,
		correlationPenaltyGwei: correlation,
		totalLossGwei: effectiveBalanceGwei - balance,
		remainingGwei: balance
	};
}
