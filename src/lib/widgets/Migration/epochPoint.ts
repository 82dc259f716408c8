import type { EpochMetrics } from '../../sim/epochMetrics';
import type { EpochParams } from '../../sim/paramsAt';
import { stakeMetrics, type StakeMetrics } from './stakeMetrics';

/** One point of the widget's series: the pools after `epoch` epochs (0 = the start). */
export interface EpochPoint extends StakeMetrics {
	readonly epoch: number;
	readonly k: number;
	readonly leverageCap: number | null;
	readonly saturationAda: number;
	/** Delegators who switched pools in the last epoch, and their share of all stake (0–1). */
	readonly moves: number;
	readonly movedShare: number;
}

/** The start, before any epoch has run, under the parameters of epoch 0. */
export function startPoint(stake: Float64Array, pledge: Float64Array, e: EpochParams): EpochPoint {
	return {
		epoch: 0,
		k: e.k,
		leverageCap: e.leverageCap ?? null,
		saturationAda: e.saturationAda,
		moves: 0,
		movedShare: 0,
		...stakeMetrics(stake, pledge, e.saturationAda)
	};
}

/** The pools after an epoch, measured with that epoch's saturation point. */
export function epochPoint(stake: Float64Array, pledge: Float64Array, m: EpochMetrics): EpochPoint {
	return {
		epoch: m.epoch + 1,
		k: m.k,
		leverageCap: m.leverageCap,
		saturationAda: m.saturationAda,
		moves: m.moves,
		movedShare: m.movedStake / m.totalStake,
		...stakeMetrics(stake, pledge, m.saturationAda)
	};
}
