import { chooseAll } from './chooseAll';
import { chooseRanking } from './chooseRanking';
import { chooseSample } from './chooseSample';
import type { SimState } from './createState';
import { groupByClass } from './groupByClass';
import { applyMoves, fillStayYield, type MoveTally } from './moveTally';
import type { EpochParams } from './paramsAt';
import { pickMovers } from './pickMovers';
import { rankPools } from './rankPools';
import type { Rng } from './rng';
import type { SimParams } from './simParams';

/**
 * The redelegation phase: a random 1 − inertia share of delegators re-evaluates, one at a time
 * and seeing the live stake left by those before them, stake class by stake class in a random
 * class order. Returns how many re-evaluated, moved, and how much stake moved.
 */
export function redelegate(
	state: SimState,
	params: SimParams,
	e: EpochParams,
	rng: Rng
): MoveTally & { movers: number } {
	const { work } = state;
	const tally: MoveTally = { moves: 0, movedStake: 0 };
	const movers = pickMovers(state.stake.length, params.inertia, work.movers, rng);
	const classes = groupByClass(work, movers, state, rng);
	fillStayYield(state, e);
	if (params.information === 'ranking') rankPools(state, e);
	for (let i = 0; i < classes; i++) {
		const c = work.classOrder[i];
		const from = work.classStart[c];
		const to = work.classStart[c + 1];
		if (params.information === 'all') {
			const range = [from, to, work.classMin[c], work.classMax[c]] as const;
			chooseAll(state, e, params.minGain, range, tally);
		} else if (params.information === 'sample') {
			chooseSample(state, e, params.minGain, params.sampleSize, [from, to], rng, tally);
		} else {
			chooseRanking(state, e, params.minGain, params.sampleSize, [from, to], tally);
		}
	}
	applyMoves(state, movers);
	return { movers, ...tally };
}
