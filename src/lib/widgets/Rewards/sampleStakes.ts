/**
 * Pool stakes to draw a curve through: `count` even steps over [0, max], plus the kinks (saturation,
 * the pledge where the curve starts), sorted and without repeats.
 */
export function sampleStakes(max: number, kinks: readonly number[], count = 240): number[] {
	const even = Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
	const inside = kinks.filter((x) => x >= 0 && x <= max);
	return [...new Set([...even, ...inside])].sort((a, b) => a - b);
}
