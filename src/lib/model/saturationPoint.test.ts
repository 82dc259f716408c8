import { describe, expect, it } from 'vitest';
import { saturationPoint, totalStake } from './saturationPoint';

describe('saturationPoint', () => {
	it('saturationPoint(totalStake, k) equals totalStake / k at epoch 618', () => {
		const total = totalStake(45_000_000_000, 6_505_611_847);
		expect(total).toBe(38_494_388_153);
		expect(saturationPoint(total, 500)).toBeCloseTo(76_988_776.306, 3);
	});
	it('saturationPoint treats k below 1 as 1', () => {
		expect(saturationPoint(1000, 0)).toBe(1000);
	});
});
