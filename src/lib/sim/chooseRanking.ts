import type { SimState } from './createState';
import { firstAtLeast, setLeaf } from './maxTree';
import { moveThreshold } from './moveTally';
import type { MoverStrategy } from './moverStrategy';
import { nonMyopicStake } from './nonMyopic';
import type { EpochParams } from './paramsAt';
import { rankPools } from './rankPools';
import { yieldAt, yieldTermsFor } from './yieldTerms';

/**
 * Wallet information (non-myopic): `rankPools` orders the pools by desirability; each mover reads
 * the ranking from the top, skips pools their stake would push over saturation, looks at the
 * first `sampleSize` others and joins the one with the highest non-myopic member reward per ada
 * (`nonMyopicStake`: a top-k pool counts as saturated, any other as its pledge plus the mover),
 * if that beats the same figure for their own pool by `minGain`. An own pool over saturation is
 * valued at its actual stake.
 */
export function rankingStrategy(
	state: SimState,
	e: EpochParams,
	minGain: number,
	sampleSize: number
): MoverStrategy {
	rankPools(state, e);
	const { pools, poolStake, work } = state;
	const { room, rankOrder, rankPosition } = work;
	const terms = yieldTermsFor(work.terms, pools, e);
	const isTop = (p: number) => rankPosition[p] < e.k;
	const valueOf = (p: number, stakeWithMover: number, x: number) =>
		yieldAt(terms, p, nonMyopicStake(pools, p, stakeWithMover, x, isTop(p), e));
	return {
		offered: NaN,
		startClass() {},
		choose(i) {
			const x = work.groupedStake[i];
			const own = work.groupedPool[i];
			let best = moveThreshold(valueOf(own, poolStake[own], x), minGain);
			let target = -1;
			let seen = 0;
			for (let r = firstAtLeast(room, 0, x); r >= 0 && seen < sampleSize;) {
				const p = rankOrder[r];
				if (p !== own) {
					seen++;
					const y = valueOf(p, poolStake[p] + x, x);
					if (y > best) {
						best = y;
						target = p;
					}
				}
				r = firstAtLeast(room, r + 1, x);
			}
			return target;
		},
		moved(from, to) {
			setLeaf(room, rankPosition[from], e.saturationAda - poolStake[from]);
			setLeaf(room, rankPosition[to], e.saturationAda - poolStake[to]);
		}
	};
}
