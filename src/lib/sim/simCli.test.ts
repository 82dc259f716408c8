import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sim.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});

describe('scripts/sim.ts', () => {
	it('sim --json prints params and one metrics object per epoch', () => {
		const result = run([
			'--preset',
			'small',
			'--start',
			'whale',
			'--delegators',
			'500',
			'--epochs',
			'4',
			'--seed',
			'7',
			'--json'
		]);
		expect(result.status).toBe(0);
		const out = JSON.parse(result.stdout);
		expect(out.params).toMatchObject({ start: 'whale', delegators: 500, epochs: 4, seed: 7 });
		expect(out.epochs).toHaveLength(4);
		for (const key of [
			'epoch',
			'poolsWithStake',
			'poolsOverSaturation',
			'maxPoolStakeRatio',
			'nakamoto',
			'hhi',
			'movedStake',
			'totalStake'
		]) {
			expect(typeof out.epochs[3][key]).toBe('number');
		}
		expect(out.epochs.map((m: { totalStake: number }) => m.totalStake)).toEqual(
			Array(4).fill(out.params.delegatedStakeAda)
		);
	}, 60_000);
	it('sim --csv prints a header and one row per epoch', () => {
		const result = run(['--delegators', '300', '--epochs', '3', '--csv']);
		expect(result.status).toBe(0);
		const lines = result.stdout.trim().split('\n');
		expect(lines).toHaveLength(4);
		expect(lines[0].split(',')).toContain('nakamoto');
	}, 60_000);
	it('sim with a bad flag prints what is wrong and exits with status 2', () => {
		const result = run(['--pools', '-3']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('pools must be a whole number');
		expect(result.stdout).toBe('');
	}, 60_000);
	it('sim with a mix whose shares do not sum to 1 says so and exits with status 2', () => {
		const result = run(['--mix', 'ranking=0.5,sticky=0.4']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('the shares must sum to 1 (they sum to 0.9)');
	}, 60_000);
	it('validate-sim with an unknown size or flag exits with status 2', () => {
		const result = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/validate-sim.ts', '--size', 'huge'],
			{
				encoding: 'utf8',
				timeout: 60_000
			}
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--size must be mainnet or test');
	}, 60_000);
});
