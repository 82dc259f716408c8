import type { SimState } from './createState';
import type { Workspace } from './createWorkspace';
import { stakeClasses } from './stakeClass';
import type { Rng } from './rng';

/**
 * Sorts the first `n` movers by stake class (counting sort, keeping index order within a class)
 * into the grouped columns (reading each mover's stake, pool and rule in index order), records
 * each class's smallest and largest stake, and lists the non-empty classes in a random order in
 * `classOrder`. Returns the number of non-empty classes.
 */
export function groupByClass(
	work: Workspace,
	n: number,
	state: Pick<SimState, 'stake' | 'stakeClass' | 'pool' | 'rule'>,
	rng: Rng
): number {
	const { movers, groupedStake, groupedPool, groupedRule, groupedAt } = work;
	const { classStart, classMin, classMax, classOrder } = work;
	const { stake, stakeClass, pool, rule } = state;
	classStart.fill(0);
	classMin.fill(Infinity);
	classMax.fill(0);
	for (let i = 0; i < n; i++) classStart[stakeClass[movers[i]] + 1]++;
	for (let c = 0; c < stakeClasses; c++) classStart[c + 1] += classStart[c];
	let used = 0;
	for (let c = 0; c < stakeClasses; c++) {
		if (classStart[c + 1] > classStart[c]) classOrder[used++] = c;
	}
	for (let i = 0; i < n; i++) {
		const d = movers[i];
		const c = stakeClass[d];
		const x = stake[d];
		const at = classStart[c]++;
		groupedStake[at] = x;
		groupedPool[at] = pool[d];
		if (rule !== null) groupedRule[at] = rule[d];
		groupedAt[i] = at;
		if (x < classMin[c]) classMin[c] = x;
		if (x > classMax[c]) classMax[c] = x;
	}
	for (let c = stakeClasses; c > 0; c--) classStart[c] = classStart[c - 1];
	classStart[0] = 0;
	for (let i = used - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		const t = classOrder[i];
		classOrder[i] = classOrder[j];
		classOrder[j] = t;
	}
	return used;
}
