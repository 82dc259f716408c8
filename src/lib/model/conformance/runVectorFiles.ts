import { checkVector, type VectorResult } from './checkVector';
import { parseVectorFile } from './vector';

export interface VectorFileText {
	readonly name: string;
	/** The file's text, or an Error when it could not be read. */
	readonly text: string | Error;
}

export interface VectorReport {
	readonly results: (VectorResult & { readonly file: string })[];
	readonly passed: number;
	readonly failed: number;
	/** "N passed, M failed", the CLI's last line. */
	readonly summary: string;
}

/**
 * Checks every vector of every file; a file that cannot be read or parsed counts as one failure.
 * Vector format: https://github.com/ethereum/consensus-specs/tree/dev/tests/formats
 */
export function runVectorFiles(files: readonly VectorFileText[]): VectorReport {
	const results = files.flatMap(({ name, text }) => {
		try {
			if (text instanceof Error) throw text;
			return parseVectorFile(text).map((vector) => ({ ...checkVector(vector), file: name }));
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			return [
				{ id: '(file)', kind: '', failures: [`cannot read vectors: ${message}`], file: name }
			];
		}
	});
	const failed = results.filter((r) => r.failures.length > 0).length;
	const passed = results.length - failed;
	return { results, passed, failed, summary: `${passed} passed, ${failed} failed` };
}
