import type { SimState } from './createState';
import { firstAtLeast, setLeaf } from './maxTree';
import { memberYield } from './memberYield';
import { moveThreshold, relocate, type MoveTally } from './moveTally';
import type { EpochParams } from './paramsAt';

/**
 * Wallet information: each mover reads the ranking from the top, skips pools their stake would
 * push over saturation, looks at the first `sampleSize` others and joins the one paying most per
 * ada after the move, if that beats staying. Needs `rankPools` first in the epoch.
 */
export function chooseRanking(
	state: SimState,
	e: EpochParams,
	minGain: number,
	sampleSize: number,
	range: readonly [from: number, to: number],
	tally: MoveTally
): void {
	const { pools, poolStake, work } = state;
	const { room, rankOrder, rankPosition } = work;
	const roomOf = (p: number) => e.saturationAda - poolStake[p];
	for (let i = range[0]; i < range[1]; i++) {
		const x = work.groupedStake[i];
		const own = work.groupedPool[i];
		let best = moveThreshold(work.stayYield[own], minGain);
		let target = -1;
		let targetYield = 0;
		let seen = 0;
		for (let r = firstAtLeast(room, 0, x); r >= 0 && seen < sampleSize;) {
			const p = rankOrder[r];
			if (p !== own) {
				seen++;
				const y = memberYield(pools, p, poolStake[p] + x, e);
				if (y > best) {
					best = y;
					target = p;
					targetYield = y;
				}
			}
			r = firstAtLeast(room, r + 1, x);
		}
		if (target < 0) continue;
		relocate(state, e, tally, i, target, targetYield);
		setLeaf(room, rankPosition[own], roomOf(own));
		setLeaf(room, rankPosition[target], roomOf(target));
	}
}
