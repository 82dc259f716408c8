import type { SimState } from './createState';
import { memberYield } from './memberYield';
import { moveThreshold, relocate, type MoveTally } from './moveTally';
import type { EpochParams } from './paramsAt';
import type { Rng } from './rng';

/**
 * Sampled information: each mover looks at `sampleSize` pools drawn at random (with
 * replacement; their own pool does not count) and joins the one paying most per ada after the
 * move, if that beats staying.
 */
export function chooseSample(
	state: SimState,
	e: EpochParams,
	minGain: number,
	sampleSize: number,
	range: readonly [from: number, to: number],
	rng: Rng,
	tally: MoveTally
): void {
	const { pools, poolStake, work } = state;
	const poolCount = poolStake.length;
	for (let i = range[0]; i < range[1]; i++) {
		const x = work.groupedStake[i];
		const own = work.groupedPool[i];
		let best = moveThreshold(work.stayYield[own], minGain);
		let target = -1;
		let targetYield = 0;
		for (let draw = 0; draw < sampleSize; draw++) {
			const p = Math.floor(rng() * poolCount);
			if (p === own) continue;
			const y = memberYield(pools, p, poolStake[p] + x, e);
			if (y > best) {
				best = y;
				target = p;
				targetYield = y;
			}
		}
		if (target >= 0) relocate(state, e, tally, i, target, targetYield);
	}
}
