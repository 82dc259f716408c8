import { bondedLeverage, delegatedLeverage } from './leverage';
import type { LeverageDesign } from './leverageDesigns';
import { logSpace } from './logSpace';

export interface LeveragePoint {
	readonly delegated: number;
	readonly leverage: number;
}

export interface LeverageSeries {
	readonly id: string;
	readonly label: string;
	readonly points: LeveragePoint[];
}

/** Leverage of one design at a delegated stake. */
export function designLeverage(design: LeverageDesign, delegated: number): number {
	return design.kind === 'bonded'
		? bondedLeverage(design.validatorBalance.value, design.bond.value)
		: delegatedLeverage(design.ownStake.value, delegated);
}

/** A design's leverage sampled at `perDecade` delegated stakes per power of ten over [min, max]. */
export function leverageSeries(
	design: LeverageDesign,
	min: number,
	max: number,
	perDecade = 8
): LeverageSeries {
	const points = logSpace(min, max, perDecade).map((delegated) => ({
		delegated,
		leverage: designLeverage(design, delegated)
	}));
	return { id: design.id, label: design.label, points };
}
