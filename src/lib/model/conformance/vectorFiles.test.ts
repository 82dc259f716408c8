import { describe, expect, it } from 'vitest';
import { runVectorFiles } from './runVectorFiles';
import { parseVectorFile } from './vector';

// phase0: 32 ETH / MIN_SLASHING_PENALTY_QUOTIENT (128) = 0.25 ETH; whistleblower 32 / 512 ETH;
// proposer 1/8 of that.
const penalty = {
	id: 'initial_penalty/phase0/32eth',
	kind: 'initial_slashing_penalty',
	fork: 'phase0',
	inputs: { effective_balance_gwei: '32000000000' },
	outputs: {
		initial_penalty_gwei: '250000000',
		whistleblower_reward_gwei: '62500000',
		proposer_part_gwei: '7812500'
	}
};
const file = (...vectors: unknown[]) => JSON.stringify({ meta: {}, vectors });

describe('parseVectorFile', () => {
	it('reads id, kind, fork, inputs and outputs', () => {
		expect(parseVectorFile(file(penalty))).toEqual([penalty]);
	});

	it('numbers a vector without an id and leaves out a fork that is not a string', () => {
		const bare = { kind: penalty.kind, inputs: penalty.inputs, outputs: penalty.outputs };
		expect(parseVectorFile(file(bare, { ...bare, id: 7, fork: 5 }))).toEqual([
			{ ...bare, id: '#0', fork: undefined },
			{ ...bare, id: '#1', fork: undefined }
		]);
	});

	it.each([
		['{}', 'no "vectors" array'],
		['[]', 'no "vectors" array'],
		['null', 'no "vectors" array'],
		['{"vectors": {}}', 'no "vectors" array']
	])('refuses %s: %s', (text, message) => {
		expect(() => parseVectorFile(text)).toThrow(message);
	});

	it.each([
		['a vector that is not an object', [1]],
		['a vector that is an array', [[]]],
		['a vector that is null', [null]],
		['a kind that is not a string', [{ ...penalty, kind: 3 }]],
		['inputs that are not an object', [{ ...penalty, inputs: [] }]],
		['missing inputs', [{ ...penalty, inputs: undefined }]],
		['outputs that are null', [{ ...penalty, outputs: null }]]
	])('refuses %s, naming the vector', (_, vectors) => {
		expect(() => parseVectorFile(file(penalty, ...vectors))).toThrow(
			'vector 1 needs a string "kind" and objects "inputs" and "outputs"'
		);
	});
});

describe('runVectorFiles', () => {
	it('checks every vector of every file and counts a file it cannot read or parse as one failure', () => {
		const wrong = { ...penalty, id: 'wrong', outputs: { initial_penalty_gwei: '1' } };
		const report = runVectorFiles([
			{ name: 'good.json', text: file(penalty, { ...penalty, id: 'again' }) },
			{ name: 'wrong.json', text: file(wrong) },
			{ name: 'missing.json', text: new Error('ENOENT') },
			{ name: 'broken.json', text: '{"vectors": [' }
		]);
		expect(report.results.map((r) => [r.file, r.id, r.failures.length])).toEqual([
			['good.json', 'initial_penalty/phase0/32eth', 0],
			['good.json', 'again', 0],
			['wrong.json', 'wrong', 1],
			['missing.json', '(file)', 1],
			['broken.json', '(file)', 1]
		]);
		expect(report.results[3]).toMatchObject({
			kind: '',
			failures: ['cannot read vectors: ENOENT']
		});
		expect(report.results[4].failures[0]).toMatch(/^cannot read vectors: /);
		expect(report).toMatchObject({ passed: 2, failed: 3, summary: '2 passed, 3 failed' });
	});

	it('an empty list passes nothing and fails nothing', () => {
		expect(runVectorFiles([])).toEqual({
			results: [],
			passed: 0,
			failed: 0,
			summary: '0 passed, 0 failed'
		});
	});
});
