import type { SimState } from './createState';
import { buildMaxTree, setLeaf } from './maxTree';
import { memberYield, yieldPeakStake } from './memberYield';
import { moveThreshold, relocate, type MoveTally } from './moveTally';
import type { EpochParams } from './paramsAt';

/**
 * Full information: each mover of one stake class (stakes lo…hi, grouped movers `from`…`to`) joins the pool paying the most per ada after the move, if that beats staying.
 * Branch and bound over a max tree of per-pool bounds: since a pool's yield rises with its
 * stake up to `yieldPeakStake` and falls after it, its best yield for any stake in lo…hi is the
 * yield at the peak clamped to [stake + lo, stake + hi]. Subtrees whose bound cannot beat the
 * best found so far are skipped, so a mover looks at a handful of pools, not all of them. The mover's own pool is
 * skipped (its bound counts the mover's stake twice); staying sets the bar.
 */
/**
 * A mover settles for a pool paying within this factor of the best. Once delegators have evened
 * out the pools' yields, many pools tie to within 10⁻⁵; separating them would mean visiting all.
 */
const slack = 1 + 1e-4;

export function chooseAll(
	state: SimState,
	e: EpochParams,
	minGain: number,
	range: readonly [from: number, to: number, lo: number, hi: number],
	tally: MoveTally
): void {
	const [from, to, lo, hi] = range;
	const { pools, poolStake, work } = state;
	const { bound, stack, groupedStake, stayYield } = work;
	const leaves = bound.leaves;
	const value = bound.value;
	const boundOf = (p: number) => {
		const s = poolStake[p];
		return memberYield(
			pools,
			p,
			Math.min(s + hi, Math.max(s + lo, yieldPeakStake(pools, p, e))),
			e
		);
	};
	for (let p = 0; p < pools.pledge.length; p++) {
		value[leaves + p] = boundOf(p);
		stayYield[p] = memberYield(pools, p, poolStake[p], e);
	}
	buildMaxTree(bound);
	for (let i = from; i < to; i++) {
		const x = groupedStake[i];
		const own = work.groupedPool[i];
		let best = moveThreshold(stayYield[own], minGain);
		let target = -1;
		let top = 0;
		stack[top++] = 1;
		while (top > 0) {
			const node = stack[--top];
			if (value[node] <= best * slack) continue;
			if (node >= leaves) {
				const p = node - leaves;
				if (p === own) continue;
				const y = memberYield(pools, p, poolStake[p] + x, e);
				if (y > best) {
					best = y;
					target = p;
				}
				continue;
			}
			const left = 2 * node;
			const isLeftFirst = value[left] >= value[left + 1];
			stack[top++] = isLeftFirst ? left + 1 : left;
			stack[top++] = isLeftFirst ? left : left + 1;
		}
		if (target < 0) continue;
		relocate(state, tally, i, own, target);
		setLeaf(bound, own, boundOf(own));
		setLeaf(bound, target, boundOf(target));
		stayYield[own] = memberYield(pools, own, poolStake[own], e);
		stayYield[target] = memberYield(pools, target, poolStake[target], e);
	}
}
