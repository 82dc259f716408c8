import { exitQueueWait } from '../../model/ethereum/exitQueueWait';
import { gweiFromEth } from '../../model/ethereum/gwei';
import { slashingLoss } from '../../model/ethereum/slashingLoss';
import { validatorBalanceEth } from '../../model/params/ethereum';
import { formatDays } from '../Punishment/formatDays';

/**
 * How long `validators` validators take to become withdrawable with nobody else in the exit queue,
 * and what one of them loses if slashed alone, both from the Electra spec functions.
 */
export function ethereumLock(validators: number, totalEth: number) {
	const total = gweiFromEth(Math.round(totalEth));
	const balance = gweiFromEth(validatorBalanceEth.value);
	const wait = exitQueueWait(balance * BigInt(Math.max(1, validators)), 0n, total, 'electra');
	const alone = slashingLoss(balance, balance, total, 'electra');
	return {
		days: wait.withdrawableDays,
		text: `${formatDays(wait.withdrawableDays)} after asking to exit (empty queue), then the withdrawal sweep`,
		aloneLossEth: Number(alone.totalLossGwei) / 1e9
	};
}
