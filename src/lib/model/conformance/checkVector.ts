import { cardanoKinds } from './cardanoKinds';
import { ethereumPenaltyKinds } from './ethereumPenaltyKinds';
import { ethereumQueueKinds } from './ethereumQueueKinds';
import type { KindAdapter } from './kindAdapter';
import { leverageKinds } from './leverageKinds';
import { matchOutput } from './matchOutput';
import type { Vector } from './vector';

/** Every vector kind the model answers; the research vector sets share no kind name. */
export const vectorKinds: Readonly<Record<string, KindAdapter>> = {
	...cardanoKinds,
	...ethereumPenaltyKinds,
	...ethereumQueueKinds,
	...leverageKinds
};

export interface VectorResult {
	readonly id: string;
	readonly kind: string;
	/** Empty when the vector passes. */
	readonly failures: string[];
}

/**
 * Runs one vector through the model and compares every expected output. An unknown kind, a
 * missing input, a thrown error or a missing output is a failure, never a skip.
 * Vector format: https://github.com/ethereum/consensus-specs/tree/dev/tests/formats
 */
export function checkVector(vector: Vector): VectorResult {
	const result = (failures: string[]) => ({ id: vector.id, kind: vector.kind, failures });
	const adapter = Object.hasOwn(vectorKinds, vector.kind) ? vectorKinds[vector.kind] : undefined;
	if (!adapter) return result([`unknown kind "${vector.kind}"`]);
	let computed: ReturnType<KindAdapter>;
	try {
		computed = adapter(vector);
	} catch (error) {
		return result([`error: ${error instanceof Error ? error.message : String(error)}`]);
	}
	const outputs = Object.entries(vector.outputs);
	if (outputs.length === 0) return result(['the vector expects no output']);
	const failures = outputs.flatMap(([key, expected]) => {
		if (!Object.hasOwn(computed, key)) return [`${key}: the model has no output "${key}"`];
		const why = matchOutput(expected, computed[key]);
		return why === null ? [] : [`${key}: ${why}`];
	});
	return result(failures);
}
