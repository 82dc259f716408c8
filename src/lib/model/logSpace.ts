/**
 * `perDecade` points per power of ten from `min` to `max` inclusive (both > 0), evenly spaced in log,
 * the sampling a log scale needs (https://d3js.org/d3-scale/log). logSpace(1, 1000, 1) = 1, 10, 100, 1000.
 */
export function logSpace(min: number, max: number, perDecade: number): number[] {
	const lo = Math.log10(min);
	const hi = Math.log10(max);
	const count = Math.max(1, Math.round((hi - lo) * perDecade));
	return Array.from({ length: count + 1 }, (_, i) => 10 ** (lo + ((hi - lo) * i) / count));
}
