import { createRng, type Rng } from '../sim/rng';
import { createPopulation } from './createPopulation';
import { Ranking } from './ranking';
import { rewardScheme, type RewardScheme } from './rewardScheme';
import type { GameSettings } from './settings';
import type { Stakeholder } from './stakeholder';

export type GameStatus = 'playing' | 'converged' | 'not converged';

export interface GameState {
	readonly settings: GameSettings;
	readonly scheme: RewardScheme;
	readonly agents: Stakeholder[];
	readonly ranking: Ranking;
	readonly rng: Rng;
	nextPoolId: number;
	/** Rounds played so far. */
	rounds: number;
	/** Consecutive rounds, up to now, in which nobody changed strategy. */
	idleRounds: number;
	/** Strategy changes in the last round played. */
	lastRoundMoves: number;
	status: GameStatus;
	/** Last round in which someone moved, once converged. */
	equilibriumRound: number | null;
}

/** Stakeholders drawn from `settings.seed`, nobody running or delegating yet. */
export function createGame(settings: GameSettings): GameState {
	const rng = createRng(settings.seed);
	const { stakes, costs } = createPopulation(
		settings.agents,
		settings.paretoShape,
		settings.costMin,
		settings.costMax,
		rng
	);
	const agents: Stakeholder[] = Array.from({ length: settings.agents }, (_, id) => ({
		id,
		stake: stakes[id],
		cost: costs[id],
		pools: [],
		allocations: new Map()
	}));
	return {
		settings,
		scheme: rewardScheme(settings.k, settings.a0, settings.leverageCap),
		agents,
		ranking: new Ranking(1),
		rng,
		nextPoolId: 1,
		rounds: 0,
		idleRounds: 0,
		lastRoundMoves: 0,
		status: 'playing',
		equilibriumRound: null
	};
}
