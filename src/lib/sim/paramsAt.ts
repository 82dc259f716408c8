import type { SimParams } from './simParams';

/** The protocol parameters in force in one epoch, and what follows from them. */
export interface EpochParams {
	readonly epoch: number;
	readonly k: number;
	readonly a0: number;
	/** CIP-50 L, undefined when the cap is off (as `maxPoolFast` expects). */
	readonly leverageCap: number | undefined;
	readonly rewardPotAda: number;
	readonly totalStakeAda: number;
	/** totalStakeAda / k: the stake above which a pool's reward stops growing. */
	readonly saturationAda: number;
}

/** Applies every change with `change.epoch <= epoch`, in order, to the base parameters. */
export function paramsAt(params: SimParams, epoch: number): EpochParams {
	let k = params.k;
	let a0 = params.a0;
	let leverageCap = params.leverageCap;
	for (const change of params.changes) {
		if (change.epoch > epoch) continue;
		if (change.k !== undefined) k = change.k;
		if (change.a0 !== undefined) a0 = change.a0;
		if (change.leverageCap !== undefined) leverageCap = change.leverageCap;
	}
	return {
		epoch,
		k,
		a0,
		leverageCap: leverageCap ?? undefined,
		rewardPotAda: params.rewardPotAda,
		totalStakeAda: params.totalStakeAda,
		saturationAda: params.totalStakeAda / Math.max(1, k)
	};
}
