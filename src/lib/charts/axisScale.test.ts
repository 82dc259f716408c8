import { describe, expect, it } from 'vitest';
import { axisScale } from './axisScale';

describe('axisScale (axis domain to percent of the plot)', () => {
	it('maps a linear domain onto 0…100, or 100…0 when flipped for a y axis', () => {
		expect(axisScale({ type: 'linear', domain: [0, 10] })(2)).toBeCloseTo(20, 12);
		expect(axisScale({ type: 'linear', domain: [0, 10] }, true)(2)).toBeCloseTo(80, 12);
		expect(axisScale({ type: 'linear', domain: [0, 10] }, true)(0)).toBe(100);
	});

	it('maps a log domain by decades: 10 is half way from 1 to 100', () => {
		expect(axisScale({ type: 'log', domain: [1, 100] })(10)).toBeCloseTo(50, 12);
		expect(axisScale({ type: 'log', domain: [1, 100] })(1000)).toBe(100);
		expect(axisScale({ type: 'log', domain: [1, 100] }, true)(1)).toBe(100);
	});

	it('clamps values outside the domain to the plot edge', () => {
		expect(axisScale({ type: 'linear', domain: [0, 10] })(20)).toBe(100);
		expect(axisScale({ type: 'linear', domain: [0, 10] })(-5)).toBe(0);
		expect(axisScale({ type: 'linear', domain: [0, 10] }, true)(20)).toBe(0);
	});
});
