/**
 * Fewest holders that together hold more than half of the total of `holdings` (0 if the total is 0).
 * Example: 5, 3, 2 → 5 is exactly half, not more, so 2.
 */
export function nakamotoCoefficient(holdings: ArrayLike<number>): number {
	const sorted = Float64Array.from(holdings).sort().reverse();
	let total = 0;
	for (let i = 0; i < sorted.length; i++) total += sorted[i];
	if (total <= 0) return 0;
	let held = 0;
	for (let i = 0; i < sorted.length; i++) {
		held += sorted[i];
		if (held * 2 > total) return i + 1;
	}
	return sorted.length;
}
