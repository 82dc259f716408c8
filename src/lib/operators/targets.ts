import type { GameState } from './gameState';
import type { Ranking } from './ranking';

/** Margins are set this much (in units of R) above the pool to beat, so they beat it strictly. */
export const MARGIN_EDGE = 1e-6;
import type { Stakeholder } from './stakeholder';

/**
 * The pools of everyone else as an operator sees them when it sets margins: desirability and
 * potential profit of the j-th best (j = 0 … k − 1). Slots past the last pool with positive
 * potential profit are empty (0, 0), as if a pool that earns nothing stood there.
 */
export class Targets {
	readonly desirability: Float64Array;
	readonly potentialProfit: Float64Array;
	/** Desirability a pool needs to outrank the j-th: its desirability plus the edge. */
	readonly toBeat: Float64Array;
	/** What a non-myopic operator matches: the larger of toBeat and the j-th's potential profit. */
	readonly toMatch: Float64Array;

	/**
	 * The ranking, and its version, whose top k pools the arrays hold with no owner's set aside:
	 * every stakeholder without a pool among those k sees exactly that, so a round's many such
	 * decisions between two moves share one fill.
	 */
	private shared: { ranking: Ranking; version: number } | undefined;

	constructor(readonly k: number) {
		this.desirability = new Float64Array(k);
		this.potentialProfit = new Float64Array(k);
		this.toBeat = new Float64Array(k);
		this.toMatch = new Float64Array(k);
	}

	fill(state: GameState, agent: Stakeholder): void {
		const { desirability, potentialProfit, toBeat, toMatch, k } = this;
		const { ranking } = state;
		const ownsTopPool = agent.pools.some((pool) => pool.rank < k);
		if (!ownsTopPool && this.shared?.ranking === ranking && this.shared.version === ranking.version)
			return;
		this.shared = ownsTopPool ? undefined : { ranking, version: ranking.version };
		let j = 0;
		for (const pool of ranking.pools) {
			if (j >= k || pool.potentialProfit <= 0) break;
			if (pool.owner === agent.id) continue;
			desirability[j] = pool.desirability;
			potentialProfit[j] = pool.potentialProfit;
			toBeat[j] = pool.desirability + MARGIN_EDGE;
			toMatch[j] = Math.max(toBeat[j], pool.potentialProfit);
			j++;
		}
		// the empty slots: desirability and potential profit 0, so both targets are the edge alone
		desirability.fill(0, j);
		potentialProfit.fill(0, j);
		toBeat.fill(MARGIN_EDGE, j);
		toMatch.fill(MARGIN_EDGE, j);
	}

	/**
	 * How many of an operator's pools i = 1 … t can outrank the pool k − i + 1-th among the others'
	 * with this potential profit: the targets get harder as i grows, so they are the first few.
	 */
	reachable(potentialProfit: number, pools: number): number {
		let lo = 0;
		let hi = pools;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (potentialProfit < this.toBeat[this.k - mid]) hi = mid - 1;
			else lo = mid;
		}
		return lo;
	}
}
