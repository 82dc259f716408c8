import type { SimState } from './createState';
import { moveThreshold } from './moveTally';
import type { MoverStrategy } from './moverStrategy';
import type { EpochParams } from './paramsAt';
import type { Rng } from './rng';
import { yieldAt, yieldTermsFor } from './yieldTerms';

/**
 * Sampled information (myopic): each mover looks at `sampleSize` pools drawn at random (with
 * replacement; their own pool does not count) and joins the one paying most per ada after the
 * move, if that beats staying by `minGain`.
 */
export function sampleStrategy(
	state: SimState,
	e: EpochParams,
	minGain: number,
	sampleSize: number,
	rng: Rng
): MoverStrategy {
	const { pools, poolStake, work } = state;
	const poolCount = poolStake.length;
	const terms = yieldTermsFor(work.terms, pools, e);
	return {
		offered: NaN,
		startClass() {},
		moved() {},
		choose(i) {
			const x = work.groupedStake[i];
			const own = work.groupedPool[i];
			let best = moveThreshold(work.stayYield[own], minGain);
			let target = -1;
			for (let draw = 0; draw < sampleSize; draw++) {
				const p = Math.floor(rng() * poolCount);
				if (p === own) continue;
				const y = yieldAt(terms, p, poolStake[p] + x);
				if (y > best) {
					best = y;
					target = p;
					this.offered = y;
				}
			}
			return target;
		}
	};
}
