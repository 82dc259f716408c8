import type { SimParams } from '../simParams';
import { validationWorld, type ValidationSize } from './validationWorld';

/**
 * `fill`: non-myopic delegators from a start, judged at the end against the prediction.
 * `kRise` / `kDrop`: the same after k doubles or halves at `changeEpoch`, judged before and after.
 * `kDropThreshold`: k halves and delegators move only for a gain above `minGain`: judged by the
 * rule for that case (see `runCase`), not by the count.
 * `myopic`: reported, not judged: where myopic delegators end up.
 */
export type CaseKind = 'fill' | 'kRise' | 'kDrop' | 'kDropThreshold' | 'myopic';

export interface ValidationCase {
	readonly id: string;
	readonly kind: CaseKind;
	readonly params: SimParams;
	readonly seeds: readonly number[];
	readonly changeEpoch?: number;
}

/** Epochs every run lasts, and the epoch k changes at in the k cases. */
export const runEpochs = 120;
export const kChangeEpoch = 60;

export function validationCases(size: ValidationSize, seeds: readonly number[]): ValidationCase[] {
	const world = validationWorld(size);
	const ranking = { ...world, information: 'ranking' as const, epochs: runEpochs };
	const change = (k: number) => ({
		...ranking,
		start: 'mainnet' as const,
		epochs: runEpochs + kChangeEpoch,
		changes: [{ epoch: kChangeEpoch, k }]
	});
	return [
		...(['whale', 'uniform', 'mainnet'] as const).map((start) => ({
			id: `ranking from ${start}`,
			kind: 'fill' as const,
			params: { ...ranking, start },
			seeds
		})),
		{
			id: 'ranking, k doubled',
			kind: 'kRise',
			params: change(2 * world.k),
			seeds: seeds.slice(0, 2),
			changeEpoch: kChangeEpoch
		},
		{
			// After k falls every pool still ranked in the top k looks saturated to the wallet, so
			// only delegators who move for any gain (the theory's best response) fill pools in rank
			// order; with a threshold, pools within minGain of the best with room keep their stake.
			id: 'ranking, k halved, minGain 0',
			kind: 'kDrop',
			params: { ...change(world.k / 2), minGain: 0 },
			seeds: seeds.slice(0, 2),
			changeEpoch: kChangeEpoch
		},
		{
			id: `ranking, k halved, minGain ${100 * world.minGain} %`,
			kind: 'kDropThreshold',
			params: change(world.k / 2),
			seeds: seeds.slice(0, 2),
			changeEpoch: kChangeEpoch
		},
		...(['all', 'sample'] as const).map((information) => ({
			id: `${information} from whale`,
			kind: 'myopic' as const,
			params: { ...world, information, start: 'whale' as const, epochs: runEpochs },
			seeds: seeds.slice(0, 2)
		}))
	];
}
