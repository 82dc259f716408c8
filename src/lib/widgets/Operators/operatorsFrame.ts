import type { GameState } from '../../operators/gameState';
import { summarise, type GameSummary } from '../../operators/summarise';

/** What the widget shows of a game after some round: plain data, so a worker can post it. */
export interface OperatorsFrame extends GameSummary {
	readonly key: string;
	readonly k: number;
	readonly a0: number;
	readonly leverageCap: number | null;
	readonly agents: number;
	readonly maxRounds: number;
	/** Saturation point 1/k, as a fraction of all stake. */
	readonly saturation: number;
}

export function frameOf(key: string, state: GameState): OperatorsFrame {
	const { settings } = state;
	return {
		...summarise(state),
		key,
		k: settings.k,
		a0: settings.a0,
		leverageCap: settings.leverageCap ?? null,
		agents: settings.agents,
		maxRounds: settings.maxRounds,
		saturation: state.scheme.beta
	};
}
