/**
 * A test vector as the research files write it (tests/vectors/*.json): `kind` names the model
 * functions to call, `inputs` their arguments, `outputs` the values they must produce.
 * Format: https://github.com/ethereum/consensus-specs/tree/dev/tests/formats (same idea: one case,
 * named inputs, expected outputs).
 */
export interface Vector {
	readonly id: string;
	readonly kind: string;
	readonly fork?: string;
	readonly inputs: Readonly<Record<string, unknown>>;
	readonly outputs: Readonly<Record<string, unknown>>;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The vectors of one file's JSON text ({ meta?, vectors: [...] }); throws on anything malformed.
 * Format: https://github.com/ethereum/consensus-specs/tree/dev/tests/formats
 */
export function parseVectorFile(text: string): Vector[] {
	const json: unknown = JSON.parse(text);
	if (!isRecord(json) || !Array.isArray(json.vectors)) throw new Error('no "vectors" array');
	return json.vectors.map((v: unknown, i: number) => {
		if (!isRecord(v) || typeof v.kind !== 'string' || !isRecord(v.inputs) || !isRecord(v.outputs)) {
			throw new Error(`vector ${i} needs a string "kind" and objects "inputs" and "outputs"`);
		}
		const id = typeof v.id === 'string' ? v.id : `#${i}`;
		const fork = typeof v.fork === 'string' ? v.fork : undefined;
		return { id, kind: v.kind, fork, inputs: v.inputs, outputs: v.outputs };
	});
}
