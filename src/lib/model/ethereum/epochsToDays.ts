import { secondsPerSlot, slotsPerEpoch } from '../params/ethereumRewards';

/**
 * Days in a number of epochs of 32 slots × 12 s = 384 s (225 epochs a day):
 * https://github.com/ethereum/consensus-specs/blob/dev/configs/mainnet.yaml
 * epochsToDays(8192) = 36.41.
 */
export function epochsToDays(epochs: number | bigint): number {
	return (Number(epochs) * secondsPerSlot.value * slotsPerEpoch.value) / 86_400;
}
