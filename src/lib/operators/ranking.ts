import { ranksAbove, type Pool, type RankKey } from './pool';

/**
 * All open pools, most desirable first, with the running total of their saturation thresholds:
 * a pool is "in the top" (expected to fill to saturation) when the pools above it, filled to
 * their thresholds, do not already hold all the stake.
 */
export class Ranking {
	readonly pools: Pool[] = [];
	/** thresholdAbove[i] = sum of thresholds of pools[0..i). */
	private thresholdAbove = new Float64Array(64);

	constructor(private readonly totalStake: number) {}

	/** Index at which a pool with this key would sit. */
	positionOf(key: RankKey): number {
		let lo = 0;
		let hi = this.pools.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ranksAbove(this.pools[mid], key)) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	add(pool: Pool): void {
		this.pools.splice(this.positionOf(pool), 0, pool);
	}

	/** Removes every pool in `gone` in one pass (ranks are stale until `reindex`). */
	removeAll(gone: ReadonlySet<Pool>): void {
		if (gone.size === 0) return;
		let kept = 0;
		for (const pool of this.pools) if (!gone.has(pool)) this.pools[kept++] = pool;
		this.pools.length = kept;
	}

	/** Renumber ranks and running thresholds after a batch of adds and removes. */
	reindex(): void {
		const pools = this.pools;
		if (this.thresholdAbove.length < pools.length + 1)
			this.thresholdAbove = new Float64Array(2 * pools.length + 1);
		let sum = 0;
		for (let i = 0; i < pools.length; i++) {
			pools[i].rank = i;
			this.thresholdAbove[i] = sum;
			sum += pools[i].threshold;
		}
		this.thresholdAbove[pools.length] = sum;
	}

	/** Sum of the thresholds of the pools above position `position`. */
	thresholdSumAbove(position: number): number {
		return this.thresholdAbove[position];
	}

	/** Whether pools above, filled to their thresholds, leave stake for this one. */
	coversStake(thresholdSumAbove: number): boolean {
		return thresholdSumAbove < this.totalStake * (1 - 1e-12);
	}
}
