import { describe, expect, it } from 'vitest';
import { checkVector } from './checkVector';

const maxPoolInputs = { R: '1000', k: 10, a0: '0', sigma: '1/10', p_r: '1/1000', L: null };
type Fields = Record<string, unknown>;
const vector = (kind: string, inputs: Fields, outputs: Fields) => ({
	id: 'v',
	kind,
	inputs,
	outputs
});

describe('checkVector', () => {
	it('checkVector of the SnapShotsSpec example (max_pool 100) passes', () => {
		expect(checkVector(vector('max_pool', maxPoolInputs, { max_pool: '100' })).failures).toEqual(
			[]
		);
	});
	it('checkVector fails a wrong integer by one lovelace', () => {
		expect(checkVector(vector('max_pool', maxPoolInputs, { max_pool: '99' })).failures).toEqual([
			'max_pool: expected 99, got 100'
		]);
	});
	it('checkVector fails an unknown kind instead of skipping it', () => {
		expect(checkVector(vector('mystery', {}, { x: '1' })).failures).toEqual([
			'unknown kind "mystery"'
		]);
	});
	it('checkVector fails an output the model does not produce', () => {
		const failures = checkVector(
			vector('max_pool', maxPoolInputs, { max_pool: '100', z: '1' })
		).failures;
		expect(failures).toEqual(['z: the model has no output "z"']);
	});
	it('checkVector fails a missing input', () => {
		const inputs: Record<string, unknown> = { ...maxPoolInputs };
		delete inputs.R;
		expect(checkVector(vector('max_pool', inputs, { max_pool: '100' })).failures).toEqual([
			'error: missing input "R"'
		]);
	});
	it('checkVector fails a vector with no outputs', () => {
		expect(checkVector(vector('max_pool', maxPoolInputs, {})).failures).toHaveLength(1);
	});
	it('checkVector fails an Ethereum vector without a fork', () => {
		const failures = checkVector(
			vector(
				'initial_slashing_penalty',
				{ effective_balance_gwei: '32000000000' },
				{ initial_penalty_gwei: '1' }
			)
		).failures;
		expect(failures).toEqual(['error: missing "fork"']);
	});
});
