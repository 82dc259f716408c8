import { logNormalDraw } from './draws';
import type { Rng } from './rng';
import type { SimParams } from './simParams';

/**
 * How likely each pool is to be a delegator's start pool. `uniform` and `whale`: all alike.
 * `mainnet`: log-normal popularity (σ = `popularityLogSpread`), clipped so that no pool expects
 * more than the saturation point: a few hundred pools near saturation, a long tail of small ones.
 */
export function startWeights(params: SimParams, rng: Rng): Float64Array {
	const weights = new Float64Array(params.pools).fill(1);
	if (params.start !== 'mainnet') return weights;
	const popularity = logNormalDraw(rng, 0, params.popularityLogSpread);
	for (let p = 0; p < weights.length; p++) weights[p] = popularity();
	const saturationShare = params.totalStakeAda / Math.max(1, params.k) / params.delegatedStakeAda;
	let cap = Infinity;
	for (let round = 0; round < 8; round++) {
		let total = 0;
		for (const w of weights) total += Math.min(w, cap);
		cap = saturationShare * total;
	}
	for (let p = 0; p < weights.length; p++) weights[p] = Math.min(weights[p], cap);
	return weights;
}
