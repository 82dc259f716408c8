import { floor, min, mul, rational, type Rational } from '../exact/rational';

/**
 * The superseded 2022 text of CIP-50, for comparison only: floor(R · min(σ, L·λ, 1/k)), no a0
 * (λ = pledge / total stake). https://github.com/cardano-foundation/CIPs/tree/master/CIP-0050
 * (text before commit 0826edeb). The ledger implements the 2025 text instead (see `maxPool`).
 * Example: R = 18,000,000 ada, k = 500, L = 100, σ = 1/500, λ = 1/375,000 → R/3750 = 4,800 ada.
 */
export function cip50Original2022(
	R: bigint,
	k: number | bigint,
	leverageCap: Rational,
	sigma: Rational,
	pledge: Rational
): bigint {
	const z0 = rational(1n, BigInt(k) < 1n ? 1n : BigInt(k));
	return floor(mul(rational(R), min(min(sigma, mul(leverageCap, pledge)), z0)));
}
