import { add, div, floor, min, mul, ONE, rational, sub, type Rational } from '../exact/rational';

/**
 * maxPool before its floor, ledger `maxPool'` in the factor order the ledger uses:
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/State/SnapShots.hs
 * R/(1+a0) · (σ' + p'·a0·(σ' − p'(z0−σ')/z0)/z0), z0 = 1/max(1, k), p' = min(p, z0),
 * σ' = min(σ, z0), or min(σ, z0, L·p) with CIP-50's cap L (https://cips.cardano.org/cip/CIP-0050).
 * σ and p are fractions of total stake. Not clamped at 0, like the Haskell ledger.
 */
export function maxPoolRational(
	R: bigint,
	k: number | bigint,
	a0: Rational,
	sigma: Rational,
	pledge: Rational,
	leverageCap?: Rational
): Rational {
	const z0 = rational(1n, BigInt(k) < 1n ? 1n : BigInt(k));
	const uncapped = min(sigma, z0);
	const s = leverageCap === undefined ? uncapped : min(uncapped, mul(leverageCap, pledge));
	const p = min(pledge, z0);
	const factor1 = div(rational(R), add(ONE, a0));
	const factor4 = div(sub(z0, s), z0);
	const factor3 = div(sub(s, mul(p, factor4)), z0);
	const factor2 = add(s, mul(mul(p, a0), factor3));
	return mul(factor1, factor2);
}

/**
 * maxPool in lovelace: one floor at the very end, as ledger `maxPool'` (`rationalToCoinViaFloor`):
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/State/SnapShots.hs
 * Example (ledger SnapShotsSpec): R = 1000, k = 10, a0 = 0, σ = 1/10, p = 1/1000 → 100; with L = 50
 * σ' = min(1/10, 1/10, 50/1000) = 1/20 → 50.
 */
export function maxPool(
	R: bigint,
	k: number | bigint,
	a0: Rational,
	sigma: Rational,
	pledge: Rational,
	leverageCap?: Rational
): bigint {
	return floor(maxPoolRational(R, k, a0, sigma, pledge, leverageCap));
}
