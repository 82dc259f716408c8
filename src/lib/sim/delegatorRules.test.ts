import { describe, expect, it } from 'vitest';
import { delegatorRules, mixOf, mixProblems, ruleNames } from './delegatorRules';
import { parseSimArgs } from './parseSimArgs';
import { presets } from './presets';
import { runSimulation } from './runSimulation';

const count = (rules: Uint8Array, r: number) => rules.reduce((n, x) => n + (x === r ? 1 : 0), 0);

describe('delegatorRules', () => {
	it('delegatorRules gives each rule its share of delegators, to within 0.1 %', () => {
		const mix = { all: 0.2, sample: 0.1, ranking: 0.4, sticky: 0.3 };
		const rules = delegatorRules(100_000, mix);
		ruleNames.forEach((name, r) => {
			expect(Math.abs(count(rules, r) / 1e5 - mix[name]), name).toBeLessThan(0.001);
		});
	});

	it('delegatorRules spreads every rule over the index range: each tenth holds its share', () => {
		const rules = delegatorRules(10_000, { ranking: 0.5, sticky: 0.5 });
		for (let tenth = 0; tenth < 10; tenth++) {
			const slice = rules.subarray(tenth * 1000, (tenth + 1) * 1000);
			expect(Math.abs(count(slice, 2) - 500), `tenth ${tenth}`).toBeLessThan(10);
		}
	});

	it('delegatorRules is fixed by the index (golden-ratio points) and never gives a zero-share rule', () => {
		// Points (d + 1)·0.6180339887… mod 1: 0.618, 0.236, 0.854, 0.472, 0.090, 0.708.
		expect([...delegatorRules(6, { all: 0.5, ranking: 0.5 })]).toEqual([2, 0, 2, 0, 0, 2]);
		const shares = { all: 0.1, sample: 0.2, ranking: 0.7 };
		expect(count(delegatorRules(50_000, shares), 3)).toBe(0);
		expect([...delegatorRules(4, mixOf({ mix: null, information: 'sample' }))]).toEqual([
			1, 1, 1, 1
		]);
	});

	it('mixProblems rejects shares that do not sum to 1, out-of-range shares and unknown rules', () => {
		expect(mixProblems({ all: 0.5, ranking: 0.5 })).toEqual([]);
		expect(mixProblems({ all: 0.5, ranking: 0.4 })).toEqual([
			'mix: the shares must sum to 1 (they sum to 0.9)'
		]);
		expect(mixProblems({ all: 1.5, sticky: -0.5 })).toHaveLength(2);
		expect(mixProblems({ wallet: 1 } as never)[0]).toMatch(/unknown rule "wallet"/);
	});

	it('parseSimArgs reads --mix and rejects a mix that does not sum to 1, with the reason', () => {
		const parsed = parseSimArgs(['--mix', 'ranking=0.6,sticky=0.4']);
		expect(parsed.ok === true && parsed.params.mix).toEqual({ ranking: 0.6, sticky: 0.4 });
		const bad = parseSimArgs(['--mix', 'ranking=0.6,sticky=0.3']);
		expect(bad).toEqual({ ok: false, error: 'mix: the shares must sum to 1 (they sum to 0.9)' });
		expect(parseSimArgs(['--mix', 'ranking=lots']).ok).toBe(false);
	});
});

describe('sticky delegators', () => {
	const world = {
		...presets.small,
		delegators: 2000,
		start: 'whale' as const,
		inertia: 0,
		epochs: 6
	};

	it('a population that is all sticky never re-evaluates and never moves', () => {
		const { history } = runSimulation({ ...world, mix: { sticky: 1 } });
		expect(history.every((m) => m.movers === 0 && m.moves === 0)).toBe(true);
	});

	it('with inertia 0 exactly the non-sticky delegators re-evaluate each epoch', () => {
		const mix = { ranking: 0.7, sticky: 0.3 };
		const { history } = runSimulation({ ...world, mix });
		const expected = 2000 - count(delegatorRules(2000, mix), 3);
		expect(history.map((m) => m.movers)).toEqual(Array(6).fill(expected));
	});
});
