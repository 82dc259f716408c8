import { floor, min, mul, ONE, rational, compare, sub, type Rational } from '../exact/rational';

export interface RewardPotInput {
	/** Reserves when the calculation starts, lovelace. */
	readonly reserves: bigint;
	/** Fee pot snapshot of the epoch, lovelace. */
	readonly fees: bigint;
	/** ρ, monetary expansion per epoch. */
	readonly rho: Rational;
	/** τ, treasury cut. */
	readonly tau: Rational;
	/** Blocks made by pools in the epoch. */
	readonly blocksMade: bigint;
	readonly slotsPerEpoch: bigint;
	readonly activeSlotCoeff: Rational;
	/** Decentralisation parameter, 0 since epoch 257. */
	readonly d: Rational;
}

export interface RewardPot {
	readonly expectedBlocks: bigint;
	/** blocksMade / expectedBlocks (1 when d ≥ 4/5), before the cap at 1. */
	readonly eta: Rational;
	/** Monetary expansion taken out of the reserves. */
	readonly deltaR1: bigint;
	readonly rewardPot: bigint;
	/** Treasury cut. */
	readonly deltaT1: bigint;
	/** The pot shared by the pools. */
	readonly R: bigint;
}

const FOUR_FIFTHS = rational(4n, 5n);

/**
 * The epoch's reward pot, ledger `startStep` (Shelley spec `createRUpd`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/LedgerState/PulsingReward.hs
 * Mainnet epoch 538: reserves 7,433,694,305,914,142, fees 93,384,750,236, 21,594 of 21,600 blocks →
 * ΔR1 = floor(3599/3600 · 3/1000 · reserves) = 22,294,888,172,487, pot 22,388,272,922,723,
 * ΔT1 = floor(pot/5) = 4,477,654,584,544, R = 17,910,618,338,179 lovelace.
 */
export function rewardPot(input: RewardPotInput): RewardPot {
	const expectedBlocks = floor(
		mul(mul(sub(ONE, input.d), input.activeSlotCoeff), rational(input.slotsPerEpoch))
	);
	const eta =
		compare(input.d, FOUR_FIFTHS) >= 0 || expectedBlocks === 0n
			? ONE
			: rational(input.blocksMade, expectedBlocks);
	const deltaR1 = floor(mul(mul(min(ONE, eta), input.rho), rational(input.reserves)));
	const pot = input.fees + deltaR1;
	const deltaT1 = floor(mul(input.tau, rational(pot)));
	return { expectedBlocks, eta, deltaR1, rewardPot: pot, deltaT1, R: pot - deltaT1 };
}
