import { describe, expect, it } from 'vitest';
import { distributionShape } from './distributionShape';

/** 500 pools of 2 ada, then `first` ada in a pool placed before them. */
const fiveHundredAndOne = (first: number) =>
	Float64Array.from({ length: 501 }, (_, i) => (i === 0 ? first : 2));

describe('distributionShape', () => {
	// An epoch has 432,000 × 0.05 = 21,600 block slots. Stakes 1, 0 and 21,599 (of 21,600):
	// the pools expect λ = 1, 0 and 21,599 blocks.
	const shape = distributionShape(Float64Array.from([1, 0, 21599]));

	it('counts the pools with stake, not the empty one: 2', () => {
		expect(shape.poolsWithStake).toBe(2);
	});

	it('expects (1 − e^−1) + (1 − e^0) + (1 − e^−21,599) ≈ 1.6321 pools to make a block', () => {
		// 0.632121 for the pool of 1 ada, 0 for the empty pool, 1 for the large one.
		expect(shape.poolsMakingBlocks).toBeCloseTo(2 - Math.exp(-1), 9);
	});

	it('one pool holds more than half: 21,599 × 2 > 21,600', () => {
		expect(shape.poolsHoldingHalf).toBe(1);
	});

	it('with fewer than 500 pools the top 500 hold everything', () => {
		expect(shape.top500Share).toBe(1);
	});

	it('501 equal pools: the top 500 hold 500/501, and 251 pools hold more than half', () => {
		// 250 pools hold exactly half (not more), 251 hold more (nakamoto's strict "more than half").
		const equal = distributionShape(new Float64Array(501).fill(2));
		expect(equal.top500Share).toBeCloseTo(500 / 501, 12);
		expect(equal.poolsHoldingHalf).toBe(251);
	});

	it('takes the 500 largest pools wherever they stand: pool 0 of 1 ada is the one left out', () => {
		// Total 1 + 500 × 2 = 1,001; the 500 largest hold 1,000. The first 500 as given would hold
		// 1 + 499 × 2 = 999, and so would the 500 smallest.
		expect(distributionShape(fiveHundredAndOne(1)).top500Share).toBeCloseTo(1000 / 1001, 12);
	});

	it('takes the 500 largest pools wherever they stand: pool 0 of 3 ada is in', () => {
		// Total 3 + 500 × 2 = 1,003; the 500 largest hold 3 + 499 × 2 = 1,001.
		expect(distributionShape(fiveHundredAndOne(3)).top500Share).toBeCloseTo(1001 / 1003, 12);
	});
});
