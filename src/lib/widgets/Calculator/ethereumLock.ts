import { exitQueueWait } from '../../model/ethereum/exitQueueWait';
import { gweiFromEth } from '../../model/ethereum/gwei';
import { isolatedSlashing } from '../../model/ethereum/isolatedSlashing';
import { validatorBalanceEth } from '../../model/params/ethereum';
import { formatDays } from '../Punishment/formatDays';

/**
 * How long `validators` validators take to become withdrawable with nobody else in the exit queue,
 * and what one of them loses in all if slashed alone (initial, missed-duty and correlation
 * penalties until withdrawable), both from the Electra spec functions.
 */
export function ethereumLock(validators: number, totalEth: number) {
	const total = gweiFromEth(Math.round(totalEth));
	const balance = gweiFromEth(validatorBalanceEth.value);
	const wait = exitQueueWait(balance * BigInt(Math.max(1, validators)), 0n, total, 'electra');
	const alone = isolatedSlashing(total, 'electra', balance);
	return {
		days: wait.withdrawableDays,
		text: `${formatDays(wait.withdrawableDays)} after asking to exit (empty queue), then the withdrawal sweep`,
		aloneLossEth: Number(alone.totalLossGwei) / 1e9
	};
}
