import { slotLengthSeconds, slotsPerEpoch } from '../params/cardanoLedger';

/**
 * Cardano epochs in a Julian year: 365.25 · 86,400 s / (epochLength · slotLength), from the mainnet
 * Shelley genesis (432,000 slots of 1 s, five days):
 * https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json
 * 31,557,600 / 432,000 = 73.05.
 */
export function epochsPerYear(): number {
	return (365.25 * 86_400) / (slotsPerEpoch.value * slotLengthSeconds.value);
}
