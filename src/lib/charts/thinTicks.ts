/**
 * The ticks whose labels fit side by side: every k-th tick, the smallest k for which no two kept
 * labels (centred on their positions, `gap` pixels apart at least) overlap. Positions in pixels.
 */
export function thinTicks<T>(
	ticks: readonly T[],
	position: (tick: T) => number,
	width: (tick: T) => number,
	gap = 8
): T[] {
	for (let k = 1; k <= ticks.length; k++) {
		const kept = ticks.filter((_, i) => i % k === 0);
		const fits = kept.every(
			(t, i) =>
				i === 0 ||
				position(t) - width(t) / 2 - (position(kept[i - 1]) + width(kept[i - 1]) / 2) >= gap
		);
		if (fits) return kept;
	}
	return ticks.slice(0, 1);
}
