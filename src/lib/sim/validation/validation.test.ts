import { describe, expect, it } from 'vitest';
import { parseValidateArgs } from './parseValidateArgs';
import { runCase, type CaseResult } from './runCase';
import { validationCases } from './validationCases';
import { validationTable } from './validationTable';

const cases = validationCases('test', [1]);
const byId = (id: string) => {
	const c = cases.find((c) => c.id === id);
	if (c === undefined) throw new Error(`no case ${id}`);
	return c;
};

const runs = new Map<string, CaseResult>();
/** Each case runs once (seed 1); several tests read the same run. */
function run(id: string): CaseResult {
	const known = runs.get(id);
	if (known !== undefined) return known;
	const result = runCase(byId(id), 1);
	runs.set(id, result);
	return result;
}

/** Runs take a few seconds each on a busy machine. */
const slow = { timeout: 60_000 };

describe('validation against theory (300 pools, k = 50; npm run validate-sim runs mainnet)', () => {
	it.each(cases.filter((c) => c.kind !== 'myopic').map((c) => c.id))('%s passes', slow, (id) => {
		expect(run(id).failures).toEqual([]);
	});

	it(
		'ranking from whale: every pool holding delegations ends at or under 1.02× saturation, predicted count exact',
		slow,
		() => {
			const result = run('ranking from whale');
			expect(result.end.over).toBe(0);
			expect(result.end.nearSaturated).toBe(result.end.predicted);
			expect(result.settledBy).toBeLessThan(80);
		}
	);

	it(
		'myopic all from whale gets stuck: pools over saturation whose members would gain by moving',
		slow,
		() => {
			const result = run('all from whale');
			expect(result.movesAtEnd).toBe(0);
			expect(result.end.over).toBeGreaterThan(5);
			expect(result.end.unexplained).toBeGreaterThan(0);
			expect(result.end.wouldMove).toBeGreaterThan(0);
			expect(validationTable([result])).toMatch(/all from whale +\| 1 +\| stuck/);
		}
	);

	it('the checks can fail: the myopic rule judged as a non-myopic fill fails them', slow, () => {
		const all = byId('all from whale');
		const result = runCase({ ...all, kind: 'fill' }, 1);
		expect(result.failures.join('\n')).toMatch(/pools above 1\.02× saturation/);
		expect(result.failures.join('\n')).toMatch(/would gain over minGain by moving/);
		expect(validationTable([result])).toMatch(/FAIL/);
	});

	it('parseValidateArgs reads --size and --seeds and rejects anything else', () => {
		expect(parseValidateArgs(['--size', 'test', '--seeds', '2'])).toEqual({
			ok: true,
			size: 'test',
			seeds: [1, 2]
		});
		expect(parseValidateArgs([])).toMatchObject({ ok: true, size: 'mainnet', seeds: [1, 2, 3] });
		expect(parseValidateArgs(['--size', 'huge']).ok).toBe(false);
		expect(parseValidateArgs(['--seeds', '11']).ok).toBe(false);
		expect(parseValidateArgs(['--fast']).ok).toBe(false);
	});
});
