import type { OperatorRow } from '../../operators/summarise';
import type { OperatorsFrame } from './operatorsFrame';

export interface OperatorColumn {
	readonly x0: number;
	readonly x1: number;
	/** The operator's pooled stake in multiples of the saturation point. */
	readonly y: number;
	readonly pools: number;
	readonly agent: number;
}

export interface OperatorsView {
	readonly columns: readonly OperatorColumn[];
	readonly singles: readonly OperatorColumn[];
	readonly splitters: readonly OperatorColumn[];
	/** Top of the y axis: at least one saturated pool, rounded up to a whole number. */
	readonly yTop: number;
	/** Operators running more than one pool. */
	readonly splitterCount: number;
	/** Pools those operators run between them. */
	readonly splitterPools: number;
}

/** Operators as columns, largest pooled stake first, split into one-pool and several-pool runners. */
export function operatorsView(frame: OperatorsFrame): OperatorsView {
	const columns = frame.operatorTable.map((row: OperatorRow, i) => ({
		x0: i,
		x1: i + 1,
		y: row.poolStake / frame.saturation,
		pools: row.pools,
		agent: row.agent
	}));
	const splitters = columns.filter((c) => c.pools > 1);
	return {
		columns,
		singles: columns.filter((c) => c.pools === 1),
		splitters,
		yTop: Math.max(1, Math.ceil(Math.max(0, ...columns.map((c) => c.y)) + 0.25)),
		splitterCount: splitters.length,
		splitterPools: splitters.reduce((sum, c) => sum + c.pools, 0)
	};
}
