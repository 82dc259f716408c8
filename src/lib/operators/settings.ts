/**
 * Settings of one pool-splitting game, in the units of the Rewards Sharing Simulation Engine
 * (University of Edinburgh): total stake 1, epoch reward R = 1, costs as fractions of R.
 */
export interface GameSettings {
	/** Number of stakeholders. */
	readonly agents: number;
	/** Target number of pools; the saturation point is 1/k of the stake. */
	readonly k: number;
	/** Pledge influence a0. */
	readonly a0: number;
	readonly seed: number;
	/** CIP-50 leverage cap L (σ' = min(σ, 1/k, L·pledge)); undefined for today's rule. */
	readonly leverageCap?: number;
	/** φ: each pool after an operator's first costs this fraction of the first one's cost. */
	readonly extraPoolCost: number;
	/** Rounds after which an unsettled game stops and reports "not converged". */
	readonly maxRounds: number;
	/** Consecutive rounds in which nobody moves that declare an equilibrium. */
	readonly idleRoundsForEquilibrium: number;
	/** Pareto shape of the stake draw (scale 1, then normalised to a total of 1). */
	readonly paretoShape: number;
	/** Operating cost of a first pool, drawn uniformly from [costMin, costMax]. */
	readonly costMin: number;
	readonly costMax: number;
	/** A stakeholder changes strategy only for a gain above this (absolute utility). */
	readonly inertia: number;
}

/** The engine's defaults (n = 1000, k = 100, a0 = 0.3, φ = 0.4, cost U[1e-5, 1e-4], 10 idle rounds). */
export const defaultGameSettings: GameSettings = {
	agents: 1000,
	k: 100,
	a0: 0.3,
	seed: 1,
	leverageCap: undefined,
	extraPoolCost: 0.4,
	maxRounds: 2000,
	idleRoundsForEquilibrium: 10,
	paretoShape: 2,
	costMin: 1e-5,
	costMax: 1e-4,
	inertia: 1e-9
};
