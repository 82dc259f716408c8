import { unstakeDays } from '../params/tezos';
import { cycleDays, denunciationPeriodCycles } from '../params/tezosDenunciation';

export interface TezosSlashableDays {
	/** Last day a denunciation is accepted: the misbehaviour's cycle and `denunciation_period` more. */
	readonly denunciationDays: number;
	/** Day the staked tez of a baker that unstakes at once become spendable. */
	readonly unstakeDays: number;
	/** Days the baker's and its stakers' staked tez can still be slashed: the earlier of the two. */
	readonly stakedDays: number;
}

/**
 * How long a Tezos baker's staked tez answer for a double signature made at the start of a cycle.
 * Denunciations are refused after `denunciation_period` further cycles (protocol `constants_repr.ml`,
 * `check_denunciation_age`); unstaked tez stay frozen and slashable for 4 cycles (docs "Staking").
 * Delegated tez are never slashed. https://github.com/tezos/tezos-mirror/blob/master/docs/ushuaia/staking.rst
 * Cycles of one day: denunciations for 2 days, unstaking takes 4, so 2 days.
 */
export function tezosSlashableDays(): TezosSlashableDays {
	const denunciationDays = (1 + denunciationPeriodCycles.value) * cycleDays.value;
	return {
		denunciationDays,
		unstakeDays: unstakeDays.value,
		stakedDays: Math.min(denunciationDays, unstakeDays.value)
	};
}
