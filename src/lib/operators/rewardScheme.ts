import { maxPoolFast } from '../model/cardano/fast';

/** Cardano's pool reward with R = 1 and stakes as fractions of all stake, optionally capped by CIP-50. */
export interface RewardScheme {
	readonly k: number;
	readonly a0: number;
	/** Saturation point 1/k. */
	readonly beta: number;
	readonly leverageCap?: number;
}

export function rewardScheme(k: number, a0: number, leverageCap?: number): RewardScheme {
	return { k, a0, beta: 1 / k, leverageCap };
}

/** Stake beyond which a pool earns no more: 1/k, or L·pledge when CIP-50's cap binds first. */
export function saturationThreshold(scheme: RewardScheme, pledge: number): number {
	const cap = scheme.leverageCap;
	return cap === undefined ? scheme.beta : Math.min(scheme.beta, cap * pledge);
}

/** Pool reward (maxPool with perfect performance) of a pool holding `stake` with `pledge`. */
export function poolReward(scheme: RewardScheme, stake: number, pledge: number): number {
	return maxPoolFast(1, scheme.k, scheme.a0, stake, pledge, scheme.leverageCap);
}

/** Profit the pool would make once saturated: its reward at the saturation threshold minus cost. */
export function potentialProfit(scheme: RewardScheme, pledge: number, cost: number): number {
	return poolReward(scheme, saturationThreshold(scheme, pledge), pledge) - cost;
}
