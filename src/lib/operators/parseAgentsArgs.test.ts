import { describe, expect, it } from 'vitest';
import { parseAgentsArgs } from './parseAgentsArgs';
import { defaultGameSettings } from './settings';

describe('parseAgentsArgs', () => {
	it('reads every flag over the defaults', () => {
		const parsed = parseAgentsArgs(
			'--agents 500 --k 50 --a0 0.1 --seed 7 --leverage-cap 10 --extra-pool-cost 0.6 --max-rounds 300 --json'.split(
				' '
			)
		);
		expect(parsed).toEqual({
			ok: true,
			json: true,
			settings: {
				...defaultGameSettings,
				agents: 500,
				k: 50,
				a0: 0.1,
				seed: 7,
				leverageCap: 10,
				extraPoolCost: 0.6,
				maxRounds: 300
			}
		});
		expect(parseAgentsArgs([])).toEqual({ ok: true, json: false, settings: defaultGameSettings });
		expect(parseAgentsArgs(['--help'])).toEqual({ ok: 'help' });
	});

	it('rejects what it cannot run, saying why', () => {
		const error = (argv: string) => {
			const parsed = parseAgentsArgs(argv.split(' '));
			return parsed.ok === false ? parsed.error : 'accepted';
		};
		expect(error('--agnets 10')).toBe('unknown flag --agnets');
		expect(error('--k')).toBe('--k needs a value');
		expect(error('--a0 lots')).toBe('--a0: "lots" is not a number');
		expect(error('--agents 10.5')).toBe('--agents: "10.5" is not a whole number');
		expect(error('--extra-pool-cost 2')).toBe('--extra-pool-cost: 2 is outside 0 … 1');
		expect(error('--leverage-cap 0.5')).toBe('--leverage-cap: 0.5 is outside 1 … 1000000000');
		expect(error('--agents 50 --k 100')).toBe('--k 100 is more than --agents 50');
		expect(error('100')).toBe('unexpected argument "100"');
	});
});
