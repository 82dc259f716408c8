import { epochsToDays } from '../ethereum/epochsToDays';
import { maxSeedLookahead, minValidatorWithdrawabilityDelay } from '../params/ethereumChurn';
import { epochsPerSlashingsVector } from '../params/ethereumSlashing';

/**
 * Days from exit request to withdrawable with an empty queue: 1 + 4 epochs to the exit epoch, 256
 * more to withdrawable = 261 epochs = 1.16 days (spec `compute_exit_epoch_and_update_churn`):
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#new-compute_exit_epoch_and_update_churn
 */
export const exitDays = epochsToDays(
	1 + maxSeedLookahead.value + minValidatorWithdrawabilityDelay.value
);

const slashedDays = epochsToDays(epochsPerSlashingsVector.value).toFixed(1);

/** How an Ethereum validator's stake stays locked, for every Ethereum design. */
export const lockNote = `exit queue (≥ 5 epochs, balance churn) + 256 epochs + withdrawal sweep; ${slashedDays} days if slashed`;

/** The beacon chain slashes a validator's whole balance, whoever funded it. */
export const wholeValidator = 'the whole validator balance, whoever funded it';
