import { slashableDays } from '../../model/cardano/slashableDays';
import { exitQueueWait } from '../../model/ethereum/exitQueueWait';
import { gweiFromEth } from '../../model/ethereum/gwei';
import { cosmos } from '../../model/params';
import { validatorBalanceEth } from '../../model/params/ethereum';
import { minValidatorWithdrawabilityDelay } from '../../model/params/ethereumChurn';
import { tezosSlashableDays } from '../../model/tezos/slashableDays';

export type DesignId = 'ethereum' | 'cosmos' | 'tezos' | 'cardano';

/** How long, counted from the misbehaviour, each kind of stake stays within the protocol's reach. */
export interface PunishmentWindow {
	readonly id: DesignId;
	readonly label: string;
	readonly operatorDays: number;
	readonly delegatorDays: number;
	/** Why the window ends, for the table. */
	readonly reason: string;
}

/**
 * The four designs when the operator misbehaves on day 0 and everyone leaves at once: Ethereum
 * validators exit behind `queueEth` and are slashable until withdrawable; Cosmos stake unbonds;
 * Tezos staked tez answer until denunciations close; Cardano has nothing to take.
 */
export function punishmentWindows(queueEth: number, totalStakedEth: number): PunishmentWindow[] {
	const wait = exitQueueWait(
		gweiFromEth(validatorBalanceEth.value),
		gweiFromEth(Math.round(queueEth)),
		gweiFromEth(Math.round(totalStakedEth)),
		'electra'
	);
	const unbonding = cosmos.unbondingDays.value;
	const tezos = tezosSlashableDays();
	const cardano = slashableDays();
	return [
		{
			id: 'ethereum',
			label: 'Ethereum',
			operatorDays: wait.withdrawableDays,
			delegatorDays: wait.withdrawableDays,
			reason: `exit queue, then ${minValidatorWithdrawabilityDelay.value} epochs until withdrawable; pooled ETH sits in the same validator`
		},
		{
			id: 'cosmos',
			label: 'Cosmos SDK',
			operatorDays: unbonding,
			delegatorDays: unbonding,
			reason: 'unbonding time; delegators are slashed pro rata with their validator'
		},
		{
			id: 'tezos',
			label: 'Tezos',
			operatorDays: tezos.stakedDays,
			delegatorDays: 0,
			reason: `denunciations close after ${tezos.denunciationDays} days; delegated tez are never slashed`
		},
		{
			id: 'cardano',
			label: 'Cardano',
			operatorDays: cardano,
			delegatorDays: cardano,
			reason: 'no slashing: pledge and delegated ada stay spendable'
		}
	];
}
