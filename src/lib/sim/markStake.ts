import type { SimState } from './createState';

/** End-of-epoch snapshot ("mark") of every pool's live stake, into row epoch mod (delay + 1). */
export function markStake(state: SimState): void {
	const n = state.poolStake.length;
	const rows = state.marks.length / n;
	state.marks.set(state.poolStake, (state.epoch % rows) * n);
}

/**
 * The snapshot rewards of the current epoch are computed on: the mark taken `delay` epochs
 * earlier (before epoch 0, the start state), so a delegation made in epoch e first earns in
 * epoch e + delay. Call after `markStake` in the same epoch.
 */
export function activeStake(state: SimState): Float64Array {
	const n = state.poolStake.length;
	const rows = state.marks.length / n;
	const row = (state.epoch + 1) % rows;
	return state.marks.subarray(row * n, (row + 1) * n);
}
