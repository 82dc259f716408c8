import type { Rng } from '../sim/rng';

/**
 * Stakes drawn from a Pareto distribution (shape `shape`, scale 1: x = (1 − u)^(−1/shape))
 * normalised to a total of 1, then first-pool costs drawn uniformly from [costMin, costMax].
 */
export function createPopulation(
	count: number,
	shape: number,
	costMin: number,
	costMax: number,
	rng: Rng
): { stakes: Float64Array; costs: Float64Array } {
	const stakes = new Float64Array(count);
	let total = 0;
	for (let i = 0; i < count; i++) total += stakes[i] = Math.pow(1 - rng(), -1 / shape);
	for (let i = 0; i < count; i++) stakes[i] /= total;
	const costs = new Float64Array(count);
	for (let i = 0; i < count; i++) costs[i] = costMin + (costMax - costMin) * rng();
	return { stakes, costs };
}
