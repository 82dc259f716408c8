import { describe, expect, it } from 'vitest';
import { logSpace } from './logSpace';

describe('logSpace', () => {
	it('logSpace(1, 1000, 1) is the powers of ten', () => {
		expect(logSpace(1, 1000, 1).map((x) => Math.round(x))).toEqual([1, 10, 100, 1000]);
	});
	it('logSpace(1, 100, 2) has 5 points with sqrt(10) between decades', () => {
		const points = logSpace(1, 100, 2);
		expect(points).toHaveLength(5);
		expect(points[1]).toBeCloseTo(Math.sqrt(10), 12);
	});
});

describe('logSpace away from 1', () => {
	it('spans the decades between min and max, not from 1', () => {
		expect(logSpace(10, 1000, 1).map((x) => Number(x.toPrecision(12)))).toEqual([10, 100, 1000]);
		expect(logSpace(0.01, 1, 2).map((x) => Number(x.toPrecision(12)))).toEqual([
			0.01, 0.0316227766017, 0.1, 0.316227766017, 1
		]);
	});
});
