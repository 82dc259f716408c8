import {
	evidenceBlockSeconds,
	evidenceMaxAgeBlocks,
	evidenceMaxAgeHours,
	unbondingDays
} from '../params/cosmos';

export interface CosmosSlashableDays {
	/** Last day evidence of a double signature is still accepted. */
	readonly evidenceDays: number;
	/** Day unbonding stake becomes spendable. */
	readonly unbondingDays: number;
	/** Days the validator's and its delegators' stake can still be slashed: the earlier of the two. */
	readonly stakedDays: number;
}

/**
 * How long a Cosmos SDK validator's and its delegators' stake answer for a double signature.
 * Evidence is ignored only when it is older than both consensus limits, in time and in blocks
 * (`ageDuration > MaxAgeDuration && ageBlocks > MaxAgeNumBlocks`, cosmos-sdk x/evidence
 * `keeper/infraction.go`; CometBFT `evidence/pool.go` `isExpired`), so the window is the later of
 * the two; stake that finished unbonding is out of reach anyway. Defaults (CometBFT
 * `DefaultEvidenceParams`, https://github.com/cometbft/cometbft/blob/main/types/params.go): 48 h and
 * 100,000 blocks; at 1 block a second the blocks run out after 27.8 h, so evidence closes after
 * 2 days, long before the 21-day unbonding ends. Chains set their own limits and block times.
 */
export function cosmosSlashableDays(
	blockSeconds = evidenceBlockSeconds.value,
	maxAgeHours = evidenceMaxAgeHours.value,
	maxAgeBlocks = evidenceMaxAgeBlocks.value
): CosmosSlashableDays {
	const byTime = maxAgeHours / 24;
	const byBlocks = (maxAgeBlocks * blockSeconds) / 86_400;
	const evidenceDays = Math.max(byTime, byBlocks);
	return {
		evidenceDays,
		unbondingDays: unbondingDays.value,
		stakedDays: Math.min(evidenceDays, unbondingDays.value)
	};
}
