/**
 * Herfindahl–Hirschman index of the pools' shares of all the stake in `stakes`: Σ share², from
 * 1/n (n equal pools) to 1 (one pool holds everything); 0 if there is no stake.
 * Example: stakes 3, 1 → 0.75² + 0.25² = 0.625.
 */
export function hhi(stakes: Float64Array): number {
	let total = 0;
	for (let i = 0; i < stakes.length; i++) total += stakes[i];
	if (total <= 0) return 0;
	let sum = 0;
	for (let i = 0; i < stakes.length; i++) {
		const share = stakes[i] / total;
		sum += share * share;
	}
	return sum;
}
