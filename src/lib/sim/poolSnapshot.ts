import type { SimState } from './createState';
import { epochsPerYear } from './payRewards';

/** Per-pool columns for drawing bars; copies, so they can be transferred out of a Web Worker. */
export interface PoolSnapshot {
	readonly epoch: number;
	/** Live stake (pledge plus delegations), ada. */
	readonly stake: Float64Array;
	readonly pledge: Float64Array;
	/** Delegators' reward per ada in the last epoch, annualised (× 73). */
	readonly memberYieldPerYear: Float64Array;
}

export function poolSnapshot(state: SimState): PoolSnapshot {
	const memberYieldPerYear = Float64Array.from(state.memberYield, (y) => y * epochsPerYear);
	return {
		epoch: state.epoch,
		stake: state.poolStake.slice(),
		pledge: state.pools.pledge.slice(),
		memberYieldPerYear
	};
}
