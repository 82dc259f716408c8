/**
 * A max segment tree over `n` slots: slot i is the leaf `leaves + i` of `value`, each inner node
 * the larger of its two children, unused leaves −Infinity. Used to find pools worth a look.
 */
export interface MaxTree {
	readonly leaves: number;
	readonly value: Float64Array;
}

export function createMaxTree(n: number): MaxTree {
	let leaves = 1;
	while (leaves < n) leaves *= 2;
	return { leaves, value: new Float64Array(2 * leaves).fill(-Infinity) };
}

/** Recomputes every inner node after leaves were written directly. */
export function buildMaxTree(tree: MaxTree): void {
	const v = tree.value;
	for (let node = tree.leaves - 1; node >= 1; node--) {
		v[node] = Math.max(v[2 * node], v[2 * node + 1]);
	}
}

export function setLeaf(tree: MaxTree, slot: number, x: number): void {
	const v = tree.value;
	let node = tree.leaves + slot;
	v[node] = x;
	for (node >>= 1; node >= 1; node >>= 1) {
		const m = Math.max(v[2 * node], v[2 * node + 1]);
		if (v[node] === m) break;
		v[node] = m;
	}
}

/** The first slot at or after `from` whose value is at least `min`, or −1. */
export function firstAtLeast(tree: MaxTree, from: number, min: number): number {
	const v = tree.value;
	if (from >= tree.leaves) return -1;
	let node = tree.leaves + from;
	if (v[node] >= min) return from;
	// Climb until a right sibling holds a large enough value, then descend to its leftmost such leaf.
	while (node > 1) {
		if ((node & 1) === 0 && v[node + 1] >= min) {
			node += 1;
			while (node < tree.leaves) node = v[2 * node] >= min ? 2 * node : 2 * node + 1;
			return node - tree.leaves;
		}
		node >>= 1;
	}
	return -1;
}
