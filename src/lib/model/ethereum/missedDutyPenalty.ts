import { weightDenominator } from '../params/ethereumSlashing';
import { timelySourceWeight, timelyTargetWeight } from '../params/ethereumRewards';
import { baseReward } from './baseReward';

/**
 * Penalty per epoch of a validator that misses source and target votes (a slashed validator
 * always does), spec `get_flag_index_deltas`: base · 14 // 64 + base · 26 // 64; heads are free.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md#get_flag_index_deltas
 * 32 ETH at T = 34M ETH: 11,104 · 14 // 64 + 11,104 · 26 // 64 = 2,429 + 4,511 = 6,940 Gwei.
 */
export function missedDutyPenalty(
	effectiveBalanceGwei: bigint,
	totalActiveBalanceGwei: bigint
): bigint {
	const base = baseReward(effectiveBalanceGwei, totalActiveBalanceGwei);
	const denominator = BigInt(weightDenominator.value);
	return (
		(base * BigInt(timelySourceWeight.value)) / denominator +
		(base * BigInt(timelyTargetWeight.value)) / denominator
	);
}
