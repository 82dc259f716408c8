import { createState, type SimState } from './createState';
import { createRng } from './rng';
import type { SimParams } from './simParams';
import { step } from './step';

/** A whole run: `params.epochs` steps from the start state, all drawn from `params.seed`. */
export function runSimulation(params: SimParams): SimState {
	const rng = createRng(params.seed);
	const state = createState(params, rng);
	for (let epoch = 0; epoch < params.epochs; epoch++) step(state, params, rng);
	return state;
}
