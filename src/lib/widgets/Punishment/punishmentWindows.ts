import { slashableDays } from '../../model/cardano/slashableDays';
import { exitQueueWait } from '../../model/ethereum/exitQueueWait';
import { gweiFromEth } from '../../model/ethereum/gwei';
import { cosmosSlashableDays } from '../../model/cosmos/slashableDays';
import { slashDeferDays } from '../../model/params/polkadot';
import { polkadotSlashableDays } from '../../model/polkadot/slashableDays';
import { validatorBalanceEth } from '../../model/params/ethereum';
import { minValidatorWithdrawabilityDelay } from '../../model/params/ethereumChurn';
import { tezosSlashableDays } from '../../model/tezos/slashableDays';
import { formatDays } from './formatDays';

export type DesignId = 'ethereum' | 'cosmos' | 'polkadot' | 'tezos' | 'cardano';

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
 * The five designs when the operator misbehaves on day 0 and everyone leaves at once: Ethereum
 * validators exit behind `queueEth` and are slashable until withdrawable; Cosmos and Tezos stake
 * answer until evidence is too old (or has finished unbonding); Polkadot takes reports for the
 * bonding duration; Cardano has nothing to take.
 */
export function punishmentWindows(queueEth: number, totalStakedEth: number): PunishmentWindow[] {
	const wait = exitQueueWait(
		gweiFromEth(validatorBalanceEth.value),
		gweiFromEth(Math.round(queueEth)),
		gweiFromEth(Math.round(totalStakedEth)),
		'electra'
	);
	const cosmos = cosmosSlashableDays();
	const tezos = tezosSlashableDays();
	const polkadot = polkadotSlashableDays();
	const cardano = slashableDays();
	return [
		{
			id: 'ethereum',
			label: 'Ethereum',
			operatorDays: wait.withdrawableDays,
			delegatorDays: wait.withdrawableDays,
			reason: `exit queue, then ${minValidatorWithdrawabilityDelay.value} epochs until withdrawable; the whole validator balance is slashed, whoever funded it (a Rocket Pool operator's bond and rETH holders' ETH share one validator)`
		},
		{
			id: 'cosmos',
			label: 'Cosmos SDK',
			operatorDays: cosmos.stakedDays,
			delegatorDays: cosmos.stakedDays,
			reason: `evidence is refused once older than the consensus limits (CometBFT defaults: ${formatDays(cosmos.evidenceDays)}; chains set their own), though unbonding takes ${formatDays(cosmos.unbondingDays)}; delegators are slashed pro rata with their validator`
		},
		{
			id: 'polkadot',
			label: 'Polkadot',
			operatorDays: polkadot,
			delegatorDays: polkadot,
			reason: `offences are taken for the ${formatDays(polkadot)} bonding duration and applied ${formatDays(slashDeferDays.value)} later unless governance cancels them; nominators are slashed with their validator unless governance has made them unslashable`
		},
		{
			id: 'tezos',
			label: 'Tezos',
			operatorDays: tezos.stakedDays,
			delegatorDays: 0,
			reason: `denunciations close after ${formatDays(tezos.denunciationDays)}; delegated tez are never slashed`
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
