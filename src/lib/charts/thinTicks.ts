/**
 * The ticks whose labels fit side by side: every k-th tick, the smallest k for which no two kept
 * labels overlap or come closer than `gap`. `extent` gives a label's left and right in pixels.
 */
export function thinTicks<T>(
	ticks: readonly T[],
	extent: (tick: T) => readonly [number, number],
	gap = 8
): T[] {
	for (let k = 1; k <= ticks.length; k++) {
		const kept = ticks.filter((_, i) => i % k === 0);
		const fits = kept.every((t, i) => i === 0 || extent(t)[0] - extent(kept[i - 1])[1] >= gap);
		if (fits) return kept;
	}
	return ticks.slice(0, 1);
}
