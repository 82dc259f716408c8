import { rational } from '../exact/rational';
import { a0, k, maxLovelaceSupplyAda } from '../params/cardano';
import { blocksMade, feesLovelace, reservesLovelace } from '../params/cardanoEpoch538';
import { activeSlotCoeff, rho, slotsPerEpoch, tau } from '../params/cardanoLedger';
import { activeStakeAda } from '../params/cardanoPopulation';
import { saturationPoint, totalStake } from '../saturationPoint';
import { rewardPot, type RewardPot } from './rewardPot';

const LOVELACE_PER_ADA = 1_000_000;

/**
 * One epoch of Cardano mainnet, every figure from the same epoch: the reserves, the total stake they
 * leave, the reward pot the ledger derives from them and the protocol parameters then in force.
 */
export interface CardanoSnapshot {
	readonly epoch: number;
	/** First day of the epoch, ISO. */
	readonly startDate: string;
	readonly reservesAda: number;
	readonly feesAda: number;
	readonly blocksMade: number;
	/** The ledger's derivation, in lovelace: ΔR1 = ⌊min(1, η)·ρ·reserves⌋, pot = fees + ΔR1, ΔT1 = ⌊τ·pot⌋. */
	readonly derivation: RewardPot;
	/** R: the pot shared by the pools, after the treasury cut. */
	readonly rewardPotAda: number;
	/** Maximum supply − reserves: the σ denominator of the reward formula. */
	readonly totalStakeAda: number;
	/** Stake delegated to registered pools. */
	readonly activeStakeAda: number;
	readonly k: number;
	readonly a0: number;
	/** Total stake / k: where a pool's reward stops growing. */
	readonly saturationAda: number;
}

const fromLovelace = (x: bigint) => Number(x) / LOVELACE_PER_ADA;
const exactRational = (x: number) => {
	const den = 10n ** BigInt(`${x}`.split('.')[1]?.length ?? 0);
	return rational(BigInt(Math.round(x * Number(den))), den);
};

/**
 * The epoch-538 snapshot every Cardano figure on the site uses. The pot is not copied from a table:
 * it is derived with the ledger's `startStep` from that epoch's reserves, fees and blocks
 * (https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/LedgerState/PulsingReward.hs),
 * and equals the Cardano Foundation's recalculation to the lovelace:
 * ΔR1 = ⌊3599/3600 · 3/1000 · 7,433,694,305,914,142⌋ = 22,294,888,172,487; pot = 22,388,272,922,723;
 * R = pot − ⌊pot/5⌋ = 17,910,618,338,179 lovelace. Total stake 45 B − 7,433,694,305.9 =
 * 37,566,305,694.09 ada; saturation 37,566,305,694.09 / 500 = 75,132,611.39 ada.
 */
export function cardanoSnapshot(): CardanoSnapshot {
	const reserves = BigInt(reservesLovelace.value);
	const derivation = rewardPot({
		reserves,
		fees: BigInt(feesLovelace.value),
		rho: exactRational(rho.value),
		tau: exactRational(tau.value),
		blocksMade: BigInt(blocksMade.value),
		slotsPerEpoch: BigInt(slotsPerEpoch.value),
		activeSlotCoeff: exactRational(activeSlotCoeff.value),
		d: rational(0n)
	});
	const reservesAda = fromLovelace(reserves);
	const total = totalStake(maxLovelaceSupplyAda.value, reservesAda);
	return {
		epoch: 538,
		startDate: reservesLovelace.asOf,
		reservesAda,
		feesAda: fromLovelace(BigInt(feesLovelace.value)),
		blocksMade: blocksMade.value,
		derivation,
		rewardPotAda: fromLovelace(derivation.R),
		totalStakeAda: total,
		activeStakeAda: activeStakeAda.value,
		k: k.value,
		a0: a0.value,
		saturationAda: saturationPoint(total, k.value)
	};
}

/** Share of the total stake delegated to pools: active / total stake. Epoch 538: 57.94 %. */
export const delegatedShare = (snapshot: CardanoSnapshot): number =>
	snapshot.activeStakeAda / snapshot.totalStakeAda;

/**
 * How many pools the delegated stake could fill to the saturation point: active stake / (total / k),
 * at most k times the delegated share. Epoch 538: 21,765,141,118 / 75,132,611.39 = 289.69.
 */
export const saturablePools = (snapshot: CardanoSnapshot): number =>
	snapshot.activeStakeAda / snapshot.saturationAda;
