import { createState, type SimState } from '../../sim/createState';
import { paramsAt } from '../../sim/paramsAt';
import { presets } from '../../sim/presets';
import { createRng } from '../../sim/rng';
import type { InformationModel, Mix, SimParams } from '../../sim/simParams';
import { step } from '../../sim/step';
import { distributionShape, type DistributionShape } from '../../sim/validation/distributionShape';
import { overSaturation, type OverSaturation } from '../../sim/validation/overSaturation';
import { settledShape } from '../../sim/validation/settledShape';

/** How a whale run ends, in the numbers the article quotes. */
export interface WhaleRun {
	readonly pools: number;
	readonly k: number;
	readonly epochs: number;
	readonly startRatio: number;
	/** First epoch after which the largest pool stays at or under 1.02× saturation; −1 if never. */
	readonly unwoundBy: number;
	/** First epoch after which the whale's pool (pool 0) stays at or under 1.1× saturation; −1 if never. */
	readonly whaleDownBy: number;
	/** The whale's pool ÷ saturation at the end. */
	readonly whaleRatio: number;
	/** Pools above 1.02× saturation at the end, by why they are there. */
	readonly overReasons: OverSaturation;
	readonly maxRatio: number;
	readonly over: number;
	readonly nearSaturated: number;
	readonly predicted: number;
	readonly poolsWithDelegations: number;
	readonly movesInLastTen: number;
}

/** Epochs each article run lasts. */
export const articleEpochs = 120;

/** The whale start under one information model, at the given preset. */
export function whaleRun(preset: 'small' | 'mainnet', information: InformationModel): WhaleRun {
	const params: SimParams = {
		...presets[preset],
		start: 'whale',
		information,
		epochs: articleEpochs
	};
	const rng = createRng(params.seed);
	const state = createState(params, rng);
	const z0 = paramsAt(params, 0).saturationAda;
	const startRatio = Math.max(...state.poolStake) / z0;
	let whaleDownBy = -1;
	for (let epoch = 0; epoch < params.epochs; epoch++) {
		step(state, params, rng);
		const whale = state.poolStake[0] / paramsAt(params, epoch).saturationAda;
		if (whale > 1.1) whaleDownBy = -1;
		else if (whaleDownBy < 0) whaleDownBy = epoch + 1;
	}
	const { history } = state;
	let unwoundBy = history.length;
	while (unwoundBy > 0 && history[unwoundBy - 1].maxPoolStakeRatio <= 1.02) unwoundBy--;
	const e = paramsAt(params, params.epochs - 1);
	const shape = settledShape(state, e);
	const last = history[history.length - 1];
	return {
		pools: params.pools,
		k: params.k,
		epochs: params.epochs,
		startRatio,
		unwoundBy: unwoundBy === history.length ? -1 : unwoundBy + 1,
		whaleDownBy,
		whaleRatio: state.poolStake[0] / e.saturationAda,
		overReasons: overSaturation(state, e, params.minGain),
		maxRatio: last.maxPoolStakeRatio,
		over: last.poolsOverSaturation,
		nearSaturated: shape.nearSaturated,
		predicted: shape.predicted,
		poolsWithDelegations: shape.poolsWithDelegations,
		movesInLastTen: history.slice(-10).reduce((n, m) => n + m.moves, 0)
	};
}

/** One population tried against mainnet's distribution. */
export interface MixRun {
	readonly id: string;
	readonly mix: Mix;
	readonly epochs: number;
	readonly shape: DistributionShape;
}

/** Epochs the mixes run from the mainnet-like start before they are compared. */
export const mixEpochs = 60;

/** Populations compared with mainnet: how much stake never moves, and how the rest decides. */
export const NOBODY_MOVES = 'nobody moves';
export const candidateMixes: readonly { id: string; mix: Mix }[] = [
	{ id: NOBODY_MOVES, mix: { sticky: 1 } },
	{ id: '10 % ranking, 90 % sticky', mix: { ranking: 0.1, sticky: 0.9 } },
	{ id: '10 % all, 90 % sticky', mix: { all: 0.1, sticky: 0.9 } },
	{ id: '30 % ranking, 20 % all, 50 % sticky', mix: { ranking: 0.3, all: 0.2, sticky: 0.5 } },
	{ id: 'everyone follows the ranking', mix: { ranking: 1 } }
];

export function mixRun(id: string, mix: Mix): MixRun {
	const params: SimParams = { ...presets.mainnet, start: 'mainnet', mix, epochs: mixEpochs };
	const rng = createRng(params.seed);
	const state: SimState = createState(params, rng);
	for (let epoch = 0; epoch < params.epochs; epoch++) step(state, params, rng);
	return { id, mix, epochs: params.epochs, shape: distributionShape(state.poolStake) };
}
