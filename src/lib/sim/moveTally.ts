import type { SimState } from './createState';
import type { EpochParams } from './paramsAt';
import { yieldAt, yieldTermsFor } from './yieldTerms';

/** Moves made in one epoch. */
export interface MoveTally {
	moves: number;
	movedStake: number;
}

/**
 * Moves grouped mover `i` to pool `to`: the pools' live stake and stay yields change at once, the
 * delegator's own column when `applyMoves` runs. Stake is only shifted. `offered` is what `to`
 * pays after the move, if already known (NaN: computed here).
 */
export function relocate(
	state: SimState,
	e: EpochParams,
	tally: MoveTally,
	i: number,
	to: number,
	offered = NaN
) {
	const { work, poolStake, pools } = state;
	const x = work.groupedStake[i];
	const from = work.groupedPool[i];
	work.groupedPool[i] = to;
	poolStake[from] -= x;
	poolStake[to] += x;
	const terms = yieldTermsFor(work.terms, pools, e);
	work.stayYield[from] = yieldAt(terms, from, poolStake[from]);
	work.stayYield[to] = Number.isNaN(offered) ? yieldAt(terms, to, poolStake[to]) : offered;
	tally.moves++;
	tally.movedStake += x;
}

/** What staying pays in each pool at its live stake, for the movers' bar. */
export function fillStayYield(state: SimState, e: EpochParams): void {
	const { work, poolStake, pools } = state;
	const terms = yieldTermsFor(work.terms, pools, e);
	for (let p = 0; p < poolStake.length; p++) {
		work.stayYield[p] = yieldAt(terms, p, poolStake[p]);
	}
}

/** Writes the movers' new pools back to `state.pool`, in index order. */
export function applyMoves(state: SimState, movers: number): void {
	const { work, pool } = state;
	for (let j = 0; j < movers; j++) pool[work.movers[j]] = work.groupedPool[work.groupedAt[j]];
}

/** The yield a delegator must beat to move: their current one raised by `minGain`. */
export function moveThreshold(stay: number, minGain: number): number {
	return stay > 0 ? stay * (1 + minGain) : 0;
}
