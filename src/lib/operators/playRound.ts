import { applyMove } from './applyMove';
import { bestResponse, type Workspace } from './bestResponse';
import type { GameState } from './gameState';

/**
 * One round: every stakeholder, in a fresh random order, plays its best response at once.
 * Declares an equilibrium after the set number of rounds in a row with no move, and gives up
 * ("not converged") at the round cap. Returns the number of moves made.
 */
export function playRound(state: GameState, workspace: Workspace, order: Int32Array): number {
	const { rng } = state;
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		const swap = order[i];
		order[i] = order[j];
		order[j] = swap;
	}
	let moves = 0;
	// Best responses depend on the state alone, so after a round without moves the state, and every
	// reply to it, is the same: the next round is idle too and needs no replaying.
	if (state.idleRounds === 0)
		for (const id of order) {
			const agent = state.agents[id];
			const move = bestResponse(state, agent, workspace);
			if (move !== null) {
				applyMove(state, agent, move);
				moves++;
			}
		}
	state.rounds++;
	state.lastRoundMoves = moves;
	const { idleRoundsForEquilibrium, maxRounds } = state.settings;
	state.idleRounds = moves === 0 ? state.idleRounds + 1 : 0;
	if (state.idleRounds >= idleRoundsForEquilibrium) {
		state.status = 'converged';
		state.equilibriumRound = state.rounds - idleRoundsForEquilibrium;
	} else if (state.rounds >= maxRounds) state.status = 'not converged';
	return moves;
}
