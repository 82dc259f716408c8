import {
	proposerRewardQuotient,
	proposerWeight,
	weightDenominator,
	whistleblowerRewardQuotient
} from '../params/ethereumSlashing';
import { slashingEra, type Fork } from './fork';

export interface WhistleblowerReward {
	/** W = eb // WHISTLEBLOWER_REWARD_QUOTIENT, newly minted; all of it goes to the proposer. */
	readonly totalGwei: bigint;
	/** The part booked as the proposer's: W // 8 (phase0), W · 8 // 64 (altair on). */
	readonly proposerPartGwei: bigint;
}

/**
 * Whistleblower reward of a slashing, spec `slash_validator`:
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md#modified-slash_validator
 * 32 ETH before electra: W = 0.0625 ETH, proposer part 0.0078125 ETH; electra: W = eb // 4096.
 */
export function whistleblowerReward(effectiveBalanceGwei: bigint, fork: Fork): WhistleblowerReward {
	const era = slashingEra(fork);
	const totalGwei = effectiveBalanceGwei / BigInt(whistleblowerRewardQuotient[era].value);
	const proposerPartGwei =
		era === 'phase0'
			? totalGwei / BigInt(proposerRewardQuotient.value)
			: (totalGwei * BigInt(proposerWeight.value)) / BigInt(weightDenominator.value);
	return { totalGwei, proposerPartGwei };
}
