import { epochDays } from '../params/cardanoLedger';
import { redelegationDelayEpochs } from '../params/cardanoPopulation';

/**
 * Days from a delegation certificate until the new pool's rewards apply: the stake is counted from
 * the second epoch boundary after it (mark, set, go snapshots), so from 1 to 2 epochs of 5 days
 * depending on when in the epoch it is sent. The ada stay spendable throughout.
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/formal-spec/epoch.tex
 * Two boundaries of 5-day epochs: 5 to 10 days.
 */
export function redelegationLagDays(): { earliest: number; latest: number } {
	const delay = redelegationDelayEpochs.value;
	return { earliest: (delay - 1) * epochDays.value, latest: delay * epochDays.value };
}
