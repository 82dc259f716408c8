import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseVectorFile } from './vector';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const shipped = ['cardano.json', 'ethereum.json']
	.map((name) => parseVectorFile(readFileSync(join(root, 'tests/vectors', name), 'utf8')).length)
	.reduce((a, b) => a + b);
const temp = mkdtempSync(join(tmpdir(), 'vectors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const snapShotsSpec = { R: '1000', k: 10, a0: '0', sigma: '1/10', p_r: '1/1000', L: '50' };
const extraFile = join(temp, 'extra.json');
writeFileSync(
	extraFile,
	JSON.stringify({
		vectors: [
			{ id: 'extra-pass', kind: 'max_pool', inputs: snapShotsSpec, outputs: { max_pool: '50' } },
			{ id: 'extra-wrong', kind: 'max_pool', inputs: snapShotsSpec, outputs: { max_pool: '51' } }
		]
	})
);

function runCli(vectorFiles?: string) {
	const env = { ...process.env, VECTOR_FILES: vectorFiles ?? '' };
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test-vectors.ts'], {
		cwd: root,
		env,
		encoding: 'utf8'
	});
	const lines = run.stdout.trim().split('\n');
	return { status: run.status, lines, last: lines[lines.length - 1] };
}

describe('npm run test:vectors (scripts/test-vectors.ts)', () => {
	it('passes every shipped vector and exits 0', () => {
		const { status, last } = runCli();
		expect(last).toBe(`${shipped} passed, 0 failed`);
		expect(status).toBe(0);
	}, 60_000);

	it('adds VECTOR_FILES: one extra pass, one extra failure, exit 1', () => {
		const { status, lines, last } = runCli(`${extraFile}:`);
		expect(last).toBe(`${shipped + 1} passed, 1 failed`);
		expect(lines.filter((line) => line.startsWith('FAIL'))).toEqual([
			`FAIL ${extraFile} extra-wrong: max_pool: expected 51, got 50`
		]);
		expect(status).toBe(1);
	}, 60_000);

	it('counts an unreadable VECTOR_FILES entry as a failure', () => {
		const { status, last } = runCli(join(temp, 'missing.json'));
		expect(last).toBe(`${shipped} passed, 1 failed`);
		expect(status).toBe(1);
	}, 60_000);
});
