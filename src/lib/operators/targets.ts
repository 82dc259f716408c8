import type { GameState } from './gameState';
import type { Stakeholder } from './stakeholder';

/**
 * The pools of everyone else as an operator sees them when it sets margins: desirability and
 * potential profit of the j-th best (j = 0 … k − 1). Slots past the last pool with positive
 * potential profit are empty (0, 0), as if a pool that earns nothing stood there.
 */
export class Targets {
	readonly desirability: Float64Array;
	readonly potentialProfit: Float64Array;

	constructor(readonly k: number) {
		this.desirability = new Float64Array(k);
		this.potentialProfit = new Float64Array(k);
	}

	fill(state: GameState, agent: Stakeholder): void {
		let j = 0;
		for (const pool of state.ranking.pools) {
			if (j >= this.k || pool.potentialProfit <= 0) break;
			if (pool.owner === agent.id) continue;
			this.desirability[j] = pool.desirability;
			this.potentialProfit[j] = pool.potentialProfit;
			j++;
		}
		this.desirability.fill(0, j);
		this.potentialProfit.fill(0, j);
	}
}
