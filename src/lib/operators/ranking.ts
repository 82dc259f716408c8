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
	/**
	 * First position whose rank or running threshold is out of date (pools.length when none is).
	 * A move changes one owner's pools, so the positions above them keep their numbers and sums.
	 */
	private firstStale = 0;
	/** Counts the pools' arrivals and departures: a pool's terms change only as it leaves and rejoins. */
	version = 0;

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
		const position = this.positionOf(pool);
		this.pools.splice(position, 0, pool);
		this.firstStale = Math.min(this.firstStale, position);
		this.version++;
	}

	/**
	 * Removes these pools, found by their ranks, in one pass from the first of them. Ranks must be
	 * current (no add or remove since the last `reindex`); ranks are stale until the next one.
	 */
	removeAll(gone: readonly Pool[]): void {
		if (gone.length === 0) return;
		const positions = gone.map((pool) => pool.rank).sort((a, b) => a - b);
		for (let i = 0; i < gone.length; i++)
			if (this.pools[gone[i].rank] !== gone[i])
				throw new Error(`pool ${gone[i].id} is not at its rank ${gone[i].rank}`);
		const pools = this.pools;
		let kept = positions[0];
		let next = 0;
		for (let i = positions[0]; i < pools.length; i++) {
			if (next < positions.length && positions[next] === i) next++;
			else pools[kept++] = pools[i];
		}
		pools.length = kept;
		this.firstStale = Math.min(this.firstStale, positions[0]);
		this.version++;
	}

	/** Renumbers ranks and running thresholds from the first position a change reached. */
	reindex(): void {
		const pools = this.pools;
		const from = Math.min(this.firstStale, pools.length);
		if (this.thresholdAbove.length < pools.length + 1) {
			const grown = new Float64Array(2 * pools.length + 1);
			grown.set(this.thresholdAbove.subarray(0, from + 1));
			this.thresholdAbove = grown;
		}
		if (from === 0) this.thresholdAbove[0] = 0;
		// Summed in order from the top, as a full renumbering would: the same sums to the last bit.
		let sum = this.thresholdAbove[from];
		for (let i = from; i < pools.length; i++) {
			pools[i].rank = i;
			this.thresholdAbove[i] = sum;
			sum += pools[i].threshold;
		}
		this.thresholdAbove[pools.length] = sum;
		this.firstStale = pools.length;
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
