export interface RewardPotFast {
	readonly deltaR1: number;
	readonly rewardPot: number;
	readonly deltaT1: number;
	readonly R: number;
}

/**
 * Floor-free twin of `rewardPot` (ledger `startStep`), for charts and simulation: with η =
 * blocksMade / expectedBlocks, ΔR1 = min(1, η)·ρ·reserves, pot = fees + ΔR1, ΔT1 = τ·pot, R = pot − ΔT1.
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/LedgerState/PulsingReward.hs
 * Epoch 538 in ada: 7,433,694,305.9 reserves, 93,384.75 fees, η = 3599/3600 → R ≈ 17,910,618.34 ada.
 * Pass blocksMade = expectedBlocks for η = 1 (or d ≥ 4/5).
 */
export function rewardPotFast(
	reserves: number,
	fees: number,
	rho: number,
	tau: number,
	blocksMade: number,
	expectedBlocks: number
): RewardPotFast {
	const eta = expectedBlocks > 0 ? Math.min(1, blocksMade / expectedBlocks) : 1;
	const deltaR1 = eta * rho * reserves;
	const rewardPot = fees + deltaR1;
	const deltaT1 = tau * rewardPot;
	return { deltaR1, rewardPot, deltaT1, R: rewardPot - deltaT1 };
}
