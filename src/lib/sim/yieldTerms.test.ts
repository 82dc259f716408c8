import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberYield } from './memberYield';
import type { EpochParams } from './paramsAt';
import { createYieldTerms, yieldAt, yieldTermsFor } from './yieldTerms';

const world = fc.record({
	k: fc.integer({ min: 0, max: 2000 }),
	a0: fc.double({ min: 0, max: 10, noNaN: true }),
	leverageCap: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: undefined }),
	rewardPotAda: fc.double({ min: 0, max: 1e9, noNaN: true }),
	totalStakeAda: fc.double({ min: 1, max: 1e11, noNaN: true }),
	pledge: fc.double({ min: 0, max: 1e11, noNaN: true }),
	cost: fc.double({ min: 0, max: 1e4, noNaN: true }),
	margin: fc.double({ min: 0, max: 1, noNaN: true }),
	stake: fc.oneof(fc.constant(0), fc.double({ min: -1, max: 1e11, noNaN: true }))
});

describe('yieldAt', () => {
	it('gives exactly what memberYield gives, bit for bit, for any pool, stake and parameters', () => {
		fc.assert(
			fc.property(world, (w) => {
				const e: EpochParams = {
					epoch: 0,
					k: w.k,
					a0: w.a0,
					leverageCap: w.leverageCap,
					rewardPotAda: w.rewardPotAda,
					totalStakeAda: w.totalStakeAda,
					saturationAda: w.totalStakeAda / Math.max(1, w.k)
				};
				const pools = {
					pledge: Float64Array.of(0, w.pledge),
					cost: Float64Array.of(w.cost, w.cost),
					margin: Float64Array.of(w.margin, 0)
				};
				const terms = yieldTermsFor(createYieldTerms(2), pools, e);
				for (const p of [0, 1]) {
					expect(Object.is(yieldAt(terms, p, w.stake), memberYield(pools, p, w.stake, e))).toBe(
						true
					);
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('yieldTermsFor works the terms out again for new epoch parameters', () => {
		const pools = {
			pledge: Float64Array.of(0),
			cost: Float64Array.of(0),
			margin: Float64Array.of(0)
		};
		const base = { epoch: 0, a0: 0, leverageCap: undefined, rewardPotAda: 100, totalStakeAda: 100 };
		const terms = createYieldTerms(1);
		const at10 = yieldAt(yieldTermsFor(terms, pools, { ...base, k: 10, saturationAda: 10 }), 0, 10);
		const at20 = yieldAt(yieldTermsFor(terms, pools, { ...base, k: 20, saturationAda: 5 }), 0, 10);
		// R/(1 + a0) · min(σ, z0) over the stake: 100 · 0.1 / 10 = 1, then 100 · 0.05 / 10 = 0.5.
		expect([at10, at20]).toEqual([1, 0.5]);
	});

	it('yieldTermsFor works the terms out again for new pools under the same epoch parameters', () => {
		const e = {
			epoch: 0,
			k: 10,
			a0: 0,
			leverageCap: undefined,
			rewardPotAda: 100,
			totalStakeAda: 100,
			saturationAda: 10
		};
		const poolsWith = (margin: number) => ({
			pledge: Float64Array.of(0),
			cost: Float64Array.of(0),
			margin: Float64Array.of(margin)
		});
		const terms = createYieldTerms(1);
		const noMargin = yieldAt(yieldTermsFor(terms, poolsWith(0), e), 0, 10);
		const halfMargin = yieldAt(yieldTermsFor(terms, poolsWith(0.5), e), 0, 10);
		// 100 · 0.1 / 10 = 1 per ada; the operator's half margin leaves members 0.5.
		expect([noMargin, halfMargin]).toEqual([1, 0.5]);
	});
});
