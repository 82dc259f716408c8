/** A pool in the game. Mutable: the engine updates it in place when its owner moves. */
export interface Pool {
	readonly id: number;
	readonly owner: number;
	pledge: number;
	cost: number;
	margin: number;
	potentialProfit: number;
	desirability: number;
	/** Saturation threshold for this pool's pledge (1/k, or L·pledge under CIP-50). */
	threshold: number;
	/** Pledge plus everything delegated to it. */
	stake: number;
	/** Pledged to saturation by its owner: takes no delegations. */
	isPrivate: boolean;
	/** Delegator id → amount delegated. */
	readonly delegators: Map<number, number>;
	/** Position in the ranking (0 = most desirable); kept up to date by the ranking. */
	rank: number;
}

/** What orders pools for delegators: desirability, then potential profit, then the older pool. */
export interface RankKey {
	readonly desirability: number;
	readonly potentialProfit: number;
	readonly id: number;
}

/** True when a pool with key `a` ranks strictly above one with key `b`. */
export function ranksAbove(a: RankKey, b: RankKey): boolean {
	if (a.desirability !== b.desirability) return a.desirability > b.desirability;
	if (a.potentialProfit !== b.potentialProfit) return a.potentialProfit > b.potentialProfit;
	return a.id < b.id;
}
