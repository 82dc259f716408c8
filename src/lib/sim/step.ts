import type { SimState } from './createState';
import { epochMetrics, type EpochMetrics } from './epochMetrics';
import { markStake } from './markStake';
import { paramsAt } from './paramsAt';
import { payRewards } from './payRewards';
import { redelegate } from './redelegate';
import type { Rng } from './rng';
import type { SimParams } from './simParams';

/**
 * One epoch, synchronous and timer-free: delegators re-evaluate and move, the end-of-epoch stake
 * is snapshotted, pools are rewarded on the snapshot of `delayEpochs` ago, and the epoch's
 * metrics are appended to `state.history` and returned. `params` may differ between calls in k,
 * a0, leverageCap, changes, inertia, information, sampleSize and minGain; pools, delegators and
 * delayEpochs are fixed by `createState`.
 */
export function step(state: SimState, params: SimParams, rng: Rng): EpochMetrics {
	const rows = state.marks.length / state.poolStake.length;
	if (params.pools !== state.poolStake.length || params.delegators !== state.stake.length) {
		throw new Error('step: pools and delegators are fixed when the state is created');
	}
	if (params.delayEpochs !== rows - 1) throw new Error('step: delayEpochs is fixed by createState');
	const e = paramsAt(params, state.epoch);
	const moves = redelegate(state, params, e, rng);
	markStake(state);
	const yields = payRewards(state, e);
	const metrics = epochMetrics(state, e, moves, yields);
	state.history.push(metrics);
	state.epoch++;
	return metrics;
}
