import { describe, expect, it } from 'vitest';
import { leverageSummary } from './leverageSummary';
import { leverageTable } from './leverageTable';
import { leverageView } from './leverageView';

const defaults = { own: 1, delegated: 9, pledge: 100_000 };

describe('leverageView', () => {
	it('leverageView(defaults) gives the thread example 10x and the bonds 1x, 2x, 4x', () => {
		const view = leverageView(defaults);
		expect(view.operator).toEqual({ own: 1, delegated: 9, controlled: 10, leverage: 10 });
		expect(view.thread.leverage).toBe(10);
		expect(view.bonded).toEqual({ solo: 1, rp16: 2, rp8: 4 });
		expect(view.today.map((d) => Number(d.leverage.toFixed(1)))).toEqual([
			1,
			8,
			13,
			13.3,
			21.3,
			24.6,
			Infinity
		]);
	});

	it('a 100k ada pledge reaches the epoch-538 saturation point at about 751x', () => {
		const { cardano } = leverageView(defaults);
		expect(cardano.saturation).toBeCloseTo(75_132_611.388, 3);
		// (75,132,611.388 − 100,000 + 100,000) / 100,000
		expect(cardano.leverageAtSaturation).toBeCloseTo(751.32611388, 6);
	});

	it('zero own stake gives infinite leverage and an empty curve, never NaN', () => {
		const view = leverageView({ ...defaults, own: 0 });
		expect(view.operator.leverage).toBe(Infinity);
		expect(view.series.find((s) => s.id === 'operator')?.points).toEqual([]);
		for (const s of view.series)
			for (const [x, y] of s.points) expect(Number.isNaN(x + y)).toBe(false);
	});
});

describe('leverageTable', () => {
	it('has one row per decade plus the reader’s delegated stake, marked', () => {
		const rows = leverageTable(leverageView({ ...defaults, delegated: 40e6 }));
		expect(rows.map((r) => r.delegated)).toEqual([
			1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 4e7, 1e8, 1e9
		]);
		const current = rows.find((r) => r.isCurrent);
		expect(current?.leverage.operator).toBe(40_000_001);
		expect(current?.leverage.rp8).toBe(4);
	});
});

describe('leverageSummary', () => {
	it('states the thread example in words', () => {
		expect(leverageSummary(defaults)).toBe(
			"With 1 ETH of its own and 9 ETH delegated, an operator steers 10 ETH: 10× leverage. A Cardano pool pledging 100k ada reaches saturation (75.1M ada) at 751× its pledge. Bonded designs running today range from 1× (Ethereum solo validator) to 24.6× (Lido CSM, each further validator, 1.3 ETH bond); a Rocket Pool megapool validator has 8×, where Rocket Pool's earlier 16 and 8 ETH bonds gave 2× and 4×."
		);
	});
	it('says a pledge past the saturation point saturates the pool on its own, not "at 1× its pledge"', () => {
		const text = leverageSummary({ ...defaults, pledge: 1e9 });
		expect(text).toContain(
			'A Cardano pool pledging 1B ada is past saturation (75.1M ada) on its pledge alone'
		);
		expect(text).not.toContain('at 1× its pledge');
	});
	it('says ∞ for zero own stake', () => {
		expect(leverageSummary({ ...defaults, own: 0 })).toContain('has ∞ leverage');
	});
});
