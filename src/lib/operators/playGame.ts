import { createWorkspace } from './bestResponse';
import { createGame, type GameState } from './gameState';
import { playRound } from './playRound';
import type { GameSettings } from './settings';

/** Plays rounds until equilibrium or the round cap; `onRound` sees the state after each round. */
export function playGame(settings: GameSettings, onRound?: (state: GameState) => void): GameState {
	const state = createGame(settings);
	const workspace = createWorkspace(settings.k);
	const order = Int32Array.from({ length: settings.agents }, (_, i) => i);
	while (state.status === 'playing') {
		playRound(state, workspace, order);
		onRound?.(state);
	}
	return state;
}
