import type { Computed } from './matchOutput';
import type { Vector } from './vector';

/** Runs one vector kind through the model: named outputs as the vector file spells them. */
export type KindAdapter = (vector: Vector) => Record<string, Computed>;
