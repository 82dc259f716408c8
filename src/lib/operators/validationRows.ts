import type { EngineRun } from './engineRuns';
import type { GameSummary } from './summarise';

/** What `npm run validate-agents -- --record FILE` writes: per setting, the engine's runs and ours. */
export interface ValidationRecord {
	readonly seeds: readonly number[];
	readonly comparisons: readonly {
		readonly k: number;
		readonly a0: number;
		readonly maxRounds: number;
		readonly engine: readonly EngineRun[];
		readonly ours: readonly {
			readonly seed: number;
			readonly summary: Omit<GameSummary, 'operatorTable'>;
		}[];
	}[];
	readonly checks: readonly {
		readonly claim: string;
		readonly holds: boolean;
		readonly detail: string;
	}[];
}

export interface RunCells {
	readonly seed: number;
	readonly pools: number;
	readonly operators: number;
	readonly nakamoto: number;
	readonly maxPoolsPerOperator: number;
	readonly totalPledge: number;
	/** Last round with a move, or null when the run did not converge. */
	readonly equilibriumRound: number | null;
	readonly rounds: number;
}

export interface ValidationRow {
	readonly k: number;
	readonly a0: number;
	readonly ours?: RunCells;
	readonly engine?: RunCells;
}

/** One row per run, ours beside the engine's run of the same position, setting by setting. */
export function validationRows(record: ValidationRecord): ValidationRow[] {
	return record.comparisons.flatMap((c) =>
		Array.from({ length: Math.max(c.ours.length, c.engine.length) }, (_, i) => {
			const ours = c.ours[i];
			const engine = c.engine[i];
			return {
				k: c.k,
				a0: c.a0,
				ours: ours && {
					seed: ours.seed,
					pools: ours.summary.pools,
					operators: ours.summary.operators,
					nakamoto: ours.summary.nakamoto,
					maxPoolsPerOperator: ours.summary.maxPoolsPerOperator,
					totalPledge: ours.summary.totalPledge,
					equilibriumRound: ours.summary.equilibriumRound,
					rounds: ours.summary.rounds
				},
				engine: engine && {
					seed: engine.seed,
					pools: engine.pools,
					operators: engine.operators,
					nakamoto: engine.nakamoto,
					maxPoolsPerOperator: engine.maxPoolsPerOperator,
					totalPledge: engine.totalPledge,
					equilibriumRound: engine.equilibriumRound,
					rounds: engine.equilibriumRound === null ? engine.maxRounds : engine.equilibriumRound + 10
				}
			};
		})
	);
}

/** The spread of a number over runs: "47–50", or "50" when they agree. */
export function spread(values: readonly number[]): string {
	const low = Math.min(...values);
	const high = Math.max(...values);
	return low === high ? `${low}` : `${low}–${high}`;
}
