/**
 * Nakamoto coefficient: the fewest pools that together hold more than half of all the stake in
 * `stakes` (0 if there is none). `scratch` (at least as long) avoids an allocation.
 * Example: stakes 5, 3, 2 → 5 is exactly half, not more, so 2 pools.
 */
export function nakamoto(
	stakes: Float64Array,
	scratch: Float64Array = new Float64Array(stakes.length)
): number {
	const sorted = scratch.subarray(0, stakes.length);
	sorted.set(stakes);
	sorted.sort();
	let total = 0;
	for (let i = 0; i < sorted.length; i++) total += sorted[i];
	if (total <= 0) return 0;
	let held = 0;
	for (let i = sorted.length - 1; i >= 0; i--) {
		held += sorted[i];
		if (held * 2 > total) return sorted.length - i;
	}
	return sorted.length;
}
