import { bondedLeverage, delegatedLeverage } from './leverage';
import type { LeverageDesign } from './leverageDesigns';
import { logSpace } from './logSpace';

/** [delegated stake, leverage] */
export type LeveragePoint = readonly [number, number];

/**
 * Leverage of one design at a delegated stake (bonded: fixed; fixed own stake: grows with delegation).
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815
 */
export function designLeverage(design: LeverageDesign, delegated: number): number {
	return design.kind === 'bonded'
		? bondedLeverage(design.validatorBalance.value, design.bond.value)
		: delegatedLeverage(design.ownStake.value, delegated);
}

/**
 * Leverage sampled at `perDecade` delegated stakes per power of ten over [min, max]; empty when
 * leverage is infinite there (nothing at risk), since such a curve cannot be drawn.
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815
 */
export function leverageSeries(
	leverageAt: (delegated: number) => number,
	min: number,
	max: number,
	perDecade = 8
): LeveragePoint[] {
	const points = logSpace(min, max, perDecade).map((d) => [d, leverageAt(d)] as const);
	return points.every(([, l]) => Number.isFinite(l)) ? points : [];
}
