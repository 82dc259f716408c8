import { describe, expect, it } from 'vitest';
import { maxPoolFast, memberRewardFast, operatorRewardFast, poolRewardFast } from './fast';

describe('maxPoolFast', () => {
	it('maxPoolFast(1000, 10, 0, 1/10, 1/1000) is 100 and 50 with L = 50 (ledger SnapShotsSpec)', () => {
		expect(maxPoolFast(1000, 10, 0, 1 / 10, 1 / 1000)).toBeCloseTo(100, 12);
		expect(maxPoolFast(1000, 10, 0, 1 / 10, 1 / 1000, 50)).toBeCloseTo(50, 12);
	});

	it('maxPoolFast of a saturated, fully pledged pool equals R / k', () => {
		expect(maxPoolFast(18e12, 500, 0.3, 1 / 500, 1 / 500)).toBeCloseTo(36e9, 3);
	});

	it('maxPoolFast of a saturated zero-pledge pool equals R / k / (1 + a0)', () => {
		expect(maxPoolFast(18e12, 500, 0.3, 1 / 500, 0)).toBeCloseTo(27_692_307_692.3077, 3);
	});

	it('maxPoolFast stays at the saturated value above saturation', () => {
		expect(maxPoolFast(18e12, 500, 0.3, 2 / 500, 0)).toBe(maxPoolFast(18e12, 500, 0.3, 1 / 500, 0));
	});

	it('maxPoolFast at 10% of saturation with pledge 20% of the pool is 7.73% of R/k (CF whitepaper)', () => {
		const z0 = 1 / 500;
		// (0.1 + 0.02 · 0.3 · (0.1 − 0.02 · 0.9)) / 1.3 = 0.100492 / 1.3 = 0.077301538…
		expect(maxPoolFast(1, 500, 0.3, 0.1 * z0, 0.02 * z0) / z0).toBeCloseTo(0.0773015385, 9);
	});

	it('maxPoolFast with a leverage cap gives a zero-pledge pool nothing (CIP-50)', () => {
		expect(maxPoolFast(18e12, 500, 0.3, 1 / 500, 0, 100)).toBe(0);
	});

	it('maxPoolFast treats k below 1 as 1', () => {
		expect(maxPoolFast(1000, 0, 0, 0.5, 0)).toBe(maxPoolFast(1000, 1, 0, 0.5, 0));
	});
});

describe('poolRewardFast', () => {
	it('poolRewardFast(maxPool, p̄) equals p̄ · maxPool, p̄ may exceed 1', () => {
		expect(poolRewardFast(1000, 0.9)).toBe(900);
		expect(poolRewardFast(1000, 1.5)).toBe(1500);
	});
});

describe('operatorRewardFast', () => {
	it('operatorRewardFast(1000, 100, 1/10, 1/5, 1) is 100 + 900 · 0.28 = 352', () => {
		expect(operatorRewardFast(1000, 100, 0.1, 0.2, 1)).toBeCloseTo(352, 12);
	});
	it('operatorRewardFast takes the whole pool reward when it does not exceed the cost', () => {
		expect(operatorRewardFast(90, 100, 0.1, 0.2, 1)).toBe(90);
		expect(operatorRewardFast(100, 100, 0.1, 0.2, 1)).toBe(100);
	});
});

describe('memberRewardFast', () => {
	it('memberRewardFast(1000, 100, 1/10, 1/2, 1) is 900 · 0.9 · 0.5 = 405', () => {
		expect(memberRewardFast(1000, 100, 0.1, 0.5, 1)).toBeCloseTo(405, 12);
	});
	it('memberRewardFast is 0 when the pool reward does not exceed the cost', () => {
		expect(memberRewardFast(100, 100, 0.1, 0.5, 1)).toBe(0);
	});
	it('operator + all members share exactly the pool reward when owners and members fill the pool', () => {
		const operator = operatorRewardFast(1000, 100, 0.1, 0.2, 1);
		const members = memberRewardFast(1000, 100, 0.1, 0.8, 1);
		expect(operator + members).toBeCloseTo(1000, 12);
	});
});
