import type { SimState } from './createState';
import { buildMaxTree, setLeaf } from './maxTree';
import { yieldPeakStake } from './memberYield';
import { moveThreshold } from './moveTally';
import type { MoverStrategy } from './moverStrategy';
import type { EpochParams } from './paramsAt';
import { yieldAt, yieldTermsFor } from './yieldTerms';

/**
 * A mover settles for a pool paying within this factor of the best. Once delegators have evened
 * out the pools' yields, many pools tie to within 10⁻⁵; separating them would mean visiting all.
 */
export const allSlack = 1 + 1e-4;

/**
 * Full information (myopic): each mover joins the pool paying the most per ada after the move, if
 * that beats staying by `minGain`. Branch and bound over a max tree of per-pool bounds, built for
 * each stake class (stakes lo…hi): a pool's yield rises with its stake up to `yieldPeakStake` and
 * falls after it, so its best yield for any stake in lo…hi is the yield at the peak clamped to
 * [stake + lo, stake + hi]. The search walks down to the best bound, and returns only to subtrees
 * whose bound still beats the best yield found, so a mover looks at a handful of pools, not all
 * of them. The mover's own pool is skipped (its bound counts the mover's stake twice); staying
 * sets the bar.
 */
export function allStrategy(
	state: SimState,
	e: EpochParams,
	minGain: number
): MoverStrategy & { looked: number } {
	const { pools, poolStake, work } = state;
	const { bound, stack, groupedStake, groupedPool, stayYield } = work;
	const leaves = bound.leaves;
	const value = bound.value;
	const terms = yieldTermsFor(work.terms, pools, e);
	let lo = 0;
	let hi = 0;
	const boundOf = (p: number) => {
		const s = poolStake[p];
		const peak = yieldPeakStake(pools, p, e);
		return yieldAt(terms, p, Math.min(s + hi, Math.max(s + lo, peak)));
	};
	return {
		offered: NaN,
		/** How many pools the last `choose` worked out the yield of (the search's whole cost). */
		looked: 0,
		startClass(_from, _to, classLo, classHi) {
			lo = classLo;
			hi = classHi;
			for (let p = 0; p < poolStake.length; p++) value[leaves + p] = boundOf(p);
			buildMaxTree(bound);
		},
		choose(i) {
			// Locals, not captured variables, in the hot search below.
			const v = value;
			const st = stack;
			const ps = poolStake;
			const t = terms;
			const n = leaves;
			const own = groupedPool[i];
			let cut = moveThreshold(stayYield[own], minGain) * allSlack;
			this.looked = 0;
			if (v[1] <= cut) return -1;
			const x = groupedStake[i];
			let target = -1;
			let targetYield = NaN;
			let top = 0;
			let node = 1;
			for (;;) {
				while (node < n) {
					const left = 2 * node;
					const isLeft = v[left] >= v[left + 1];
					// The other child waits on the stack; it is passed over when popped if its bound no
					// longer beats the best found (the cut only rises). The stack never holds more than
					// one node per level.
					st[top++] = isLeft ? left + 1 : left;
					node = isLeft ? left : left + 1;
				}
				const p = node - n;
				if (p !== own) {
					this.looked++;
					const y = yieldAt(t, p, ps[p] + x);
					if (y * allSlack > cut) {
						cut = y * allSlack;
						target = p;
						targetYield = y;
					}
				}
				do node = top > 0 ? st[--top] : 0;
				while (node > 0 && v[node] <= cut);
				if (node === 0) {
					this.offered = targetYield;
					return target;
				}
			}
		},
		moved(from, to, x) {
			// A pool's bound rises with its stake up to the plateau [peak − hi, peak − lo] and falls
			// after it. A bound that can only have fallen stays as it is: still an upper bound.
			if (poolStake[from] + x + lo > yieldPeakStake(pools, from, e))
				setLeaf(bound, from, boundOf(from));
			setLeaf(bound, to, boundOf(to));
		}
	};
}
