import { activeSlotCoeff, slotsPerEpoch } from '../../model/params/cardanoLedger';
import { detExp } from '../detMath';
import { nakamoto } from '../nakamoto';

/** The shape of one epoch's pool stakes, in the terms mainnet is reported in. */
export interface DistributionShape {
	readonly poolsWithStake: number;
	/** Fewest pools holding more than half of all stake. */
	readonly poolsHoldingHalf: number;
	readonly top500Share: number;
	/** Expected number of pools that make at least one block in an epoch. */
	readonly poolsMakingBlocks: number;
}

/** Slots that elect a leader in an epoch: 432,000 × 1/20 = 21,600 blocks expected. */
const blocksPerEpoch = slotsPerEpoch.value * activeSlotCoeff.value;

/**
 * Pools with stake, the Nakamoto coefficient by pool, the top 500's share, and the expected count of
 * pools making a block: a pool with share σ of the stake expects λ = 21,600·σ blocks, so it makes
 * at least one with probability 1 − e^(−λ) (blocks in an epoch are close to Poisson).
 */
export function distributionShape(poolStake: Float64Array): DistributionShape {
	const sorted = Float64Array.from(poolStake).sort().reverse();
	let total = 0;
	let withStake = 0;
	for (const s of sorted) {
		total += s;
		if (s > 0) withStake++;
	}
	let top = 0;
	for (let i = 0; i < Math.min(500, sorted.length); i++) top += sorted[i];
	let makingBlocks = 0;
	for (const s of sorted) makingBlocks += 1 - detExp((-blocksPerEpoch * s) / total);
	return {
		poolsWithStake: withStake,
		poolsHoldingHalf: nakamoto(poolStake),
		top500Share: top / total,
		poolsMakingBlocks: makingBlocks
	};
}
