/**
 * Equilibria of the Rewards Sharing Simulation Engine (University of Edinburgh,
 * https://github.com/Blockchain-Technology-Lab/Rewards-Sharing-Simulation-Engine, commit c7f9451),
 * run with its defaults: 1000 stakeholders, Pareto(2) stake, cost U[1e-5, 1e-4], φ = 0.4,
 * all non-myopic, random activation, 10 idle rounds, engine seeds 1, 2, 3. One entry per seed;
 * `equilibriumRound` is null where the run did not converge within `maxRounds`.
 */
export interface EngineRun {
	readonly k: number;
	readonly a0: number;
	readonly seed: number;
	readonly maxRounds: number;
	readonly pools: number;
	readonly operators: number;
	readonly nakamoto: number;
	readonly maxPoolsPerOperator: number;
	readonly totalPledge: number;
	readonly equilibriumRound: number | null;
}

type Row = [k: number, a0: number, maxRounds: number, ...perSeed: Cells[]];
type Cells = [
	pools: number,
	operators: number,
	nakamoto: number,
	maxPools: number,
	pledge: number,
	round: number | null
];

// prettier-ignore
const rows: Row[] = [
	[100, 0.3, 2000, [101, 97, 47, 4, 0.323, 29], [100, 99, 49, 2, 0.264, 18], [100, 100, 50, 1, 0.285, 23]],
	[200, 0.3, 2000, [201, 182, 82, 7, 0.435, 21], [200, 192, 92, 4, 0.388, 57], [200, 192, 92, 2, 0.41, 50]],
	[300, 0.3, 2000, [301, 259, 109, 10, 0.515, 18], [300, 285, 135, 6, 0.487, 52], [301, 279, 129, 3, 0.503, 32]],
	[400, 0.3, 2000, [403, 341, 140, 14, 0.586, 16], [401, 362, 162, 8, 0.557, 12], [402, 352, 151, 4, 0.57, 12]],
	[500, 0.3, 2000, [501, 406, 156, 17, 0.637, 16], [501, 435, 185, 10, 0.619, 24], [500, 424, 174, 5, 0.629, 19]],
	[100, 10, 400, [101, 98, 47, 4, 0.324, 11], [101, 100, 50, 2, 0.267, 138]],
	[100, 1, 400, [101, 97, 47, 4, 0.323, 15], [114, 112, 50, 2, 0.282, null]],
	[100, 0.1, 400, [102, 97, 47, 4, 0.32, 7], [100, 99, 49, 2, 0.259, 19]],
	[100, 0.01, 400, [103, 41, 4, 27, 0.156, 25], [100, 33, 4, 25, 0.085, 46]],
	[100, 0.001, 400, [100, 4, 1, 50, 0.035, 37], [200, 2, 1, 100, 0.001, null]]
];

export const engineRuns: readonly EngineRun[] = rows.flatMap(([k, a0, maxRounds, ...seeds]) =>
	seeds.map(
		([pools, operators, nakamoto, maxPoolsPerOperator, totalPledge, equilibriumRound], i) => ({
			k,
			a0,
			seed: i + 1,
			// the a0 = 0.001 run with engine seed 1 had the 2000-round cap
			maxRounds: a0 === 0.001 && i === 0 ? 2000 : maxRounds,
			pools,
			operators,
			nakamoto,
			maxPoolsPerOperator,
			totalPledge,
			equilibriumRound
		})
	)
);

/** Nakamoto coefficient of the stake itself (before any pool) for engine seeds 1, 2, 3. */
export const engineStakeNakamoto = [240, 294, 272] as const;

/** The richest stakeholder's share of all stake for engine seeds 1, 2, 3. */
export const engineLargestStake = [0.033, 0.02, 0.009] as const;
