import { ceil, div, mul, rational, type Rational } from './exact/rational';

/**
 * Own capital needed to control a fraction f of total stake T at leverage L: ceil(T · f / L),
 * 0 at L = Infinity. https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815
 * (MicahZoltu: "they lose 1 ETH but they get to do 10 ETH worth of bad").
 * A third of 34M ETH at L = 320/13 (Lido CSM marginal key): ceil(34M/3 · 13/320) = 460,416.67 ETH.
 */
export function ownCapitalToControl(
	total: bigint,
	fraction: Rational,
	leverage: Rational | number
): bigint {
	if (leverage === Infinity) return 0n;
	const L = typeof leverage === 'number' ? rational(BigInt(leverage)) : leverage;
	if (L.num <= 0n) throw new RangeError('leverage must be positive');
	return ceil(div(mul(rational(total), fraction), L));
}

/**
 * Float twin of `ownCapitalToControl` for charts: T · f / L, 0 at L = Infinity.
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815
 */
export function ownCapitalToControlFast(total: number, fraction: number, leverage: number): number {
	return leverage === Infinity ? 0 : (total * fraction) / leverage;
}
