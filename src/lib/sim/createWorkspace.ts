import { createMaxTree, type MaxTree } from './maxTree';
import type { SimParams } from './simParams';
import { stakeClasses } from './stakeClass';
import { createYieldTerms, type YieldTerms } from './yieldTerms';

/**
 * Buffers reused every epoch so the redelegation loop allocates nothing: the movers grouped by
 * stake class, a bound tree over pools, and the wallet ranking with a tree of room left.
 */
export interface Workspace {
	readonly movers: Int32Array;
	readonly groupedStake: Float64Array;
	/** The pool of each grouped mover, updated as they move and written back by `applyMoves`. */
	readonly groupedPool: Int32Array;
	/** The rule code of each grouped mover; allocated only for a mixed population. */
	groupedRule: Uint8Array;
	/** Where mover i of `movers` sits in the grouped columns. */
	readonly groupedAt: Int32Array;
	readonly classStart: Int32Array;
	readonly classMin: Float64Array;
	readonly classMax: Float64Array;
	readonly classOrder: Int32Array;
	readonly bound: MaxTree;
	readonly stack: Int32Array;
	readonly rankOrder: Int32Array;
	readonly rankPosition: Int32Array;
	readonly desirability: Float64Array;
	readonly room: MaxTree;
	readonly sorted: Float64Array;
	/** Member yield of each pool at its live stake: what staying pays. */
	readonly stayYield: Float64Array;
	/** memberYield's terms for the epoch being played. */
	readonly terms: YieldTerms;
}

export function createWorkspace(params: SimParams): Workspace {
	const bound = createMaxTree(params.pools);
	return {
		movers: new Int32Array(params.delegators),
		groupedStake: new Float64Array(params.delegators),
		groupedPool: new Int32Array(params.delegators),
		groupedRule: new Uint8Array(0),
		groupedAt: new Int32Array(params.delegators),
		classStart: new Int32Array(stakeClasses + 1),
		classMin: new Float64Array(stakeClasses),
		classMax: new Float64Array(stakeClasses),
		classOrder: new Int32Array(stakeClasses),
		bound,
		stack: new Int32Array(2 * (31 - Math.clz32(bound.leaves)) + 4),
		rankOrder: new Int32Array(params.pools),
		rankPosition: new Int32Array(params.pools),
		desirability: new Float64Array(params.pools),
		room: createMaxTree(params.pools),
		sorted: new Float64Array(params.pools),
		stayYield: new Float64Array(params.pools),
		terms: createYieldTerms(params.pools)
	};
}
