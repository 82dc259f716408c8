import { epochsToDays } from '../ethereum/epochsToDays';
import { exitQueueWait } from '../ethereum/exitQueueWait';
import { gweiFromEth } from '../ethereum/gwei';
import { validatorBalanceEth } from '../params/ethereum';
import { totalActiveBalanceEth } from '../params/ethereumRewards';
import { epochsPerSlashingsVector } from '../params/ethereumSlashing';

/**
 * Days from exit request to withdrawable for one validator with an empty queue, from the one
 * withdrawal-time function `exitQueueWait` (spec `compute_exit_epoch_and_update_churn`):
 * 1 + 4 epochs to the exit epoch, 256 more to withdrawable = 261 epochs = 1.16 days.
 */
export const exitDays = exitQueueWait(
	gweiFromEth(validatorBalanceEth.value),
	0n,
	gweiFromEth(totalActiveBalanceEth.value),
	'electra'
).withdrawableDays;

const slashedDays = epochsToDays(epochsPerSlashingsVector.value).toFixed(1);

/** How an Ethereum validator's stake stays locked, for every Ethereum design. */
export const lockNote = `exit queue (≥ 5 epochs, balance churn) + 256 epochs + withdrawal sweep; ${slashedDays} days if slashed`;

/** The beacon chain slashes a validator's whole balance, whoever funded it. */
export const wholeValidator = 'the whole validator balance, whoever funded it';
