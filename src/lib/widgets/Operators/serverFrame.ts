import { createWorkspace } from '../../operators/bestResponse';
import { createGame } from '../../operators/gameState';
import { playRound } from '../../operators/playRound';
import type { OperatorsScenario } from '../../scenario/operators';
import { gameKey, gameSettingsOf } from './gameSettingsOf';
import { frameOf } from './operatorsFrame';
import type { ServedFrame } from './servedFrame';

/**
 * Rounds the server plays before it draws the game: most games settle well within them (about
 * 10 ms a round at k = 100); one still moving is drawn as it stands and the page's worker plays
 * it on to the end.
 */
export const SERVER_ROUNDS = 80;

const cache = new Map<string, ServedFrame>();
const CACHE_SIZE = 16;

/** The scenario's game after at most SERVER_ROUNDS rounds, and whether it had ended by then. */
export function serverFrame(scenario: OperatorsScenario): ServedFrame {
	const key = gameKey(scenario);
	const known = cache.get(key);
	if (known) return known;
	const settings = gameSettingsOf(scenario);
	const state = createGame(settings);
	const workspace = createWorkspace(settings.k);
	const order = Int32Array.from({ length: settings.agents }, (_, i) => i);
	while (state.status === 'playing' && state.rounds < SERVER_ROUNDS)
		playRound(state, workspace, order);
	const played = { frame: frameOf(key, state), final: state.status !== 'playing' };
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	cache.set(key, played);
	return played;
}
