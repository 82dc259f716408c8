import { maxKesEvolutions, slotsPerKesPeriod } from '../params/cardanoConsensus';
import { slotLengthSeconds } from '../params/cardanoLedger';

/**
 * How long a pool's KES key lasts before it evolves (and the old key is erased), and how long an
 * operational certificate lasts before a fresh KES key is needed: slotsPerKESPeriod × slot length,
 * times maxKESEvolutions.
 * https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json
 * 129,600 slots of 1 s = 1.5 days; × 62 = 93 days.
 */
export function kesPeriodDays(): { periodDays: number; certificateDays: number } {
	const periodDays = (slotsPerKesPeriod.value * slotLengthSeconds.value) / 86_400;
	return { periodDays, certificateDays: periodDays * maxKesEvolutions.value };
}
