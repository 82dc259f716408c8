import { createState, type SimState } from '../../sim/createState';
import { paramsAt } from '../../sim/paramsAt';
import { createRng, type Rng } from '../../sim/rng';
import type { SimParams } from '../../sim/simParams';
import { step } from '../../sim/step';
import { epochPoint, startPoint, type EpochPoint } from './epochPoint';

/** What the widget draws at one epoch: plain data, posted from the worker as it is. */
export interface MigrationFrame {
	readonly key: string;
	/** Epochs run so far. */
	readonly epoch: number;
	/** Live stake of each pool now and one epoch earlier (the same at epoch 0), ada. */
	readonly stake: Float64Array;
	readonly previousStake: Float64Array;
	readonly pledge: Float64Array;
	/** Epochs 0 to `epoch`, oldest first; the last is now. */
	readonly points: readonly EpochPoint[];
}

/** A seeded run that moves forward on request and remembers the stake one epoch back. */
export class MigrationRun {
	readonly key: string;
	readonly #params: SimParams;
	readonly #rng: Rng;
	readonly #state: SimState;
	readonly #previous: Float64Array;
	readonly #points: EpochPoint[];

	constructor(key: string, params: SimParams) {
		this.key = key;
		this.#params = params;
		this.#rng = createRng(params.seed);
		this.#state = createState(params, this.#rng);
		const { poolStake, pools } = this.#state;
		this.#previous = poolStake.slice();
		this.#points = [startPoint(poolStake, pools.pledge, paramsAt(params, 0))];
	}

	get epoch(): number {
		return this.#state.epoch;
	}

	/** Steps up to `epoch`, calling `onEpoch` after each step. */
	advance(epoch: number, onEpoch?: (epoch: number) => void): void {
		const state = this.#state;
		while (state.epoch < epoch) {
			this.#previous.set(state.poolStake);
			const metrics = step(state, this.#params, this.#rng);
			this.#points.push(epochPoint(state.poolStake, state.pools.pledge, metrics));
			onEpoch?.(state.epoch);
		}
	}

	frame(): MigrationFrame {
		return {
			key: this.key,
			epoch: this.#state.epoch,
			stake: this.#state.poolStake.slice(),
			previousStake: this.#previous.slice(),
			pledge: this.#state.pools.pledge.slice(),
			points: this.#points.slice()
		};
	}
}
