import { secondsPerSlot } from '../params/ethereumRewards';
import { maxWithdrawalsPerPayload } from '../params/ethereumWithdrawals';

/**
 * Days the withdrawal sweep takes to go once round `validators` validators that all have something
 * to withdraw: each block pays at most `MAX_WITHDRAWALS_PER_PAYLOAD` (16) of them, spec
 * `get_expected_withdrawals`. Missed slots make it longer; validators with nothing to withdraw are
 * skipped, which makes it shorter.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/capella/beacon-chain.md#new-get_expected_withdrawals
 * 830,000 validators: 51,875 slots × 12 s = 7.20 days.
 */
export function withdrawalSweepDays(validators: number): number {
	const slots = Math.ceil(Math.max(0, validators) / maxWithdrawalsPerPayload.value);
	return (slots * secondsPerSlot.value) / 86_400;
}
