import { describe, expect, it } from 'vitest';
import { delegatedLeverage } from './leverage';
import { rocketPool8, threadExample } from './leverageDesigns';
import { designLeverage, leverageSeries } from './leverageSeries';

describe('designLeverage', () => {
	it("designLeverage(threadExample, 9) is the thread's 10", () => {
		expect(designLeverage(threadExample, 9)).toBe(10);
	});
	it('designLeverage(rocketPool8, d) is 4 at any delegated stake', () => {
		expect(designLeverage(rocketPool8, 0)).toBe(4);
		expect(designLeverage(rocketPool8, 1e6)).toBe(4);
	});
});

describe('leverageSeries', () => {
	it('samples one point per decade from 1 to 1000 for a 1-ETH operator', () => {
		const points = leverageSeries((d) => delegatedLeverage(1, d), 1, 1000, 1);
		expect(points.map(([d, l]) => [Math.round(d), Math.round(l)])).toEqual([
			[1, 2],
			[10, 11],
			[100, 101],
			[1000, 1001]
		]);
	});
	it('is empty when nothing is at risk', () => {
		expect(leverageSeries((d) => delegatedLeverage(0, d), 1, 1000)).toEqual([]);
	});
});
