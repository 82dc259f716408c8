/**
 * Conformance runner: checks tests/vectors/*.json plus the files listed in VECTOR_FILES
 * (colon-separated paths). Prints each failure, then "N passed, M failed" as the last line, and
 * exits 1 on any failure.  Usage: VECTOR_FILES=/a.json:/b.json npm run test:vectors
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runVectorFiles, type VectorFileText } from '../src/lib/model/conformance/runVectorFiles';

const shippedDir = fileURLToPath(new URL('../tests/vectors/', import.meta.url));
const shipped = readdirSync(shippedDir)
	.filter((name) => name.endsWith('.json'))
	.sort()
	.map((name) => join(shippedDir, name));
const extra = (process.env.VECTOR_FILES ?? '').split(':').filter((path) => path.trim() !== '');

const read = (path: string): VectorFileText => {
	try {
		return { name: path, text: readFileSync(path, 'utf8') };
	} catch (error) {
		return { name: path, text: error instanceof Error ? error : new Error(String(error)) };
	}
};

const report = runVectorFiles([...shipped, ...extra].map(read));
for (const result of report.results) {
	for (const failure of result.failures)
		console.log(`FAIL ${result.file} ${result.id}: ${failure}`);
}
console.log(report.summary);
process.exitCode = report.failed > 0 ? 1 : 0;
