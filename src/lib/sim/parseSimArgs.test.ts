import { describe, expect, it } from 'vitest';
import { parseSimArgs } from './parseSimArgs';
import { presets } from './presets';

describe('parseSimArgs', () => {
	it('parseSimArgs reads a preset, then flags overriding its values', () => {
		const parsed = parseSimArgs(
			'--preset small --start whale --pools 200 --delegators 50000 --k 100 --a0 0.3 --epochs 300 --seed 7 --json'.split(
				' '
			)
		);
		expect(parsed).toEqual({
			ok: true,
			format: 'json',
			params: {
				...presets.small,
				start: 'whale',
				pools: 200,
				delegators: 50000,
				k: 100,
				a0: 0.3,
				epochs: 300,
				seed: 7
			}
		});
	});
	it('parseSimArgs has a kebab-case flag for every parameter and --change for changes', () => {
		const parsed = parseSimArgs([
			'--csv',
			'--leverage-cap',
			'none',
			'--information',
			'ranking',
			'--sample-size',
			'5',
			'--delay-epochs',
			'1',
			'--change',
			'10:k=1000,leverage-cap=100',
			'--change',
			'20:a0=0.1'
		]);
		expect(parsed.ok).toBe(true);
		if (parsed.ok !== true) return;
		expect(parsed.format).toBe('csv');
		expect(parsed.params).toMatchObject({
			leverageCap: null,
			information: 'ranking',
			sampleSize: 5,
			delayEpochs: 1
		});
		expect(parsed.params.changes).toEqual([
			{ epoch: 10, k: 1000, leverageCap: 100 },
			{ epoch: 20, a0: 0.1 }
		]);
	});
	it.each([
		[['--bogus', '1'], 'unknown flag --bogus'],
		[['--bogus'], 'unknown flag --bogus'],
		[['--k'], '--k needs a value'],
		[['--k', 'ten'], '"ten" is not a number'],
		[['--k', '0'], 'k must be a whole number'],
		[['--inertia', '1.5'], 'inertia must be from 0 to 1'],
		[['--start', 'moon'], 'start must be mainnet, whale or uniform'],
		[['--preset', 'huge'], 'unknown preset'],
		[['--change', '5:q=1'], 'unknown setting "q"'],
		[['--leverage-cap', '0.5'], 'leverageCap must be none or from 1'],
		[['stray'], 'unexpected argument']
	])('parseSimArgs(%j) fails: %s', (argv, message) => {
		const parsed = parseSimArgs(argv);
		expect(parsed.ok).toBe(false);
		if (parsed.ok === false) expect(parsed.error).toContain(message);
	});
});
