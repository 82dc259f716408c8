import type { SimState } from './createState';

/** Moves made in one epoch. */
export interface MoveTally {
	moves: number;
	movedStake: number;
}

/**
 * Moves grouped mover `i` from pool `from` to pool `to`: the pools' live stake changes at once,
 * the delegator's own column when `applyMoves` runs. Stake is only shifted, never made.
 */
export function relocate(state: SimState, tally: MoveTally, i: number, from: number, to: number) {
	const x = state.work.groupedStake[i];
	state.work.groupedPool[i] = to;
	state.poolStake[from] -= x;
	state.poolStake[to] += x;
	tally.moves++;
	tally.movedStake += x;
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
