/**
 * Floating-point twin of the ledger's reward formulas, for charts and simulation. Same formulas as
 * the exact (bigint, lovelace-floored) functions beside this file, without the floors; stakes may
 * be fractions of total stake or lovelace as long as each call uses one unit throughout.
 */

export { apparentPerformanceFast } from './apparentPerformanceFast';
export { rewardPotFast, type RewardPotFast } from './rewardPotFast';

/**
 * maxPool, ledger `maxPool'`:
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/State/SnapShots.hs
 * R/(1+a0) · (σ' + p'·a0·(σ' − p'(z0−σ')/z0)/z0), z0 = 1/k (k below 1 counts as 1),
 * σ' = min(σ, z0[, L·p]), p' = min(p, z0). `sigma` and `pledge` are fractions of total stake;
 * `leverageCap` is CIP-50's L (https://cips.cardano.org/cip/CIP-0050, Dijkstra era), omit for none.
 * Example (ledger SnapShotsSpec): R = 1000, k = 10, a0 = 0, σ = 1/10, p = 1/1000 gives 100, and 50
 * with L = 50. Not clamped at 0: like the Haskell ledger, L < 1 with a0 > 0 can go negative.
 */
export function maxPoolFast(
	R: number,
	k: number,
	a0: number,
	sigma: number,
	pledge: number,
	leverageCap?: number
): number {
	const z0 = 1 / Math.max(1, k);
	const uncapped = Math.min(sigma, z0);
	const s = leverageCap === undefined ? uncapped : Math.min(uncapped, leverageCap * pledge);
	const p = Math.min(pledge, z0);
	return (R / (1 + a0)) * (s + (p * a0 * (s - (p * (z0 - s)) / z0)) / z0);
}

/**
 * Pool reward f̂ = p̄ · maxPool, ledger `mkPoolRewardInfo` without its floor:
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * p̄ (apparent performance, `mkApparentPerformance`) = β / σ_a with β = blocks made by the pool ÷
 * blocks made by all pools and σ_a = pool stake ÷ active stake; it can exceed 1. Pass maxPool = 0
 * when the pledge is not met.
 */
export function poolRewardFast(maxPool: number, apparentPerformance: number): number {
	return apparentPerformance * maxPool;
}

/**
 * Operator (leader) reward, ledger `calcStakePoolOperatorReward` (Shelley spec `r_operator`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * f̂ ≤ c ? f̂ : c + (f̂ − c)(m + (1 − m)·s/σ), s/σ = ownerStake / poolStake (any common unit).
 * Example: f̂ = 1000, c = 100, m = 1/10, owners hold 1/5 of the pool → 100 + 900 · 0.28 = 352.
 */
export function operatorRewardFast(
	poolReward: number,
	cost: number,
	margin: number,
	ownerStake: number,
	poolStake: number
): number {
	if (poolReward <= cost) return poolReward;
	return cost + (poolReward - cost) * (margin + ((1 - margin) * ownerStake) / poolStake);
}

/**
 * Member reward of one non-owner delegator, ledger `calcStakePoolMemberReward` (spec `r_member`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs
 * f̂ ≤ c ? 0 : (f̂ − c)(1 − m)·t/σ, t/σ = memberStake / poolStake (any common unit).
 * Example: f̂ = 1000, c = 100, m = 1/10, member holds half the pool → 900 · 0.9 · 0.5 = 405.
 */
export function memberRewardFast(
	poolReward: number,
	cost: number,
	margin: number,
	memberStake: number,
	poolStake: number
): number {
	if (poolReward <= cost) return 0;
	return ((poolReward - cost) * (1 - margin) * memberStake) / poolStake;
}
