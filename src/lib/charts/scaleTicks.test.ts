import { describe, expect, it } from 'vitest';
import { scaleTicks } from './scaleTicks';

const format = String;
describe('scaleTicks', () => {
	it('scaleTicks(linear 0–50) is d3’s round numbers', () => {
		expect(scaleTicks({ type: 'linear', domain: [0, 50], title: '', format })).toEqual([
			0, 10, 20, 30, 40, 50
		]);
	});
	it('scaleTicks(log 1–1e9) is every other power of ten', () => {
		expect(scaleTicks({ type: 'log', domain: [1, 1e9], title: '', format })).toEqual([
			1, 100, 1e4, 1e6, 1e8
		]);
	});
	it('scaleTicks(log 0.3–3e3) is the powers of ten inside the domain', () => {
		expect(scaleTicks({ type: 'log', domain: [0.3, 3e3], title: '', format })).toEqual([
			1, 10, 100, 1000
		]);
	});
	it('ticks a view gives override the scale’s own', () => {
		expect(
			scaleTicks({ type: 'linear', domain: [0, 32], ticks: [0, 8, 16], title: '', format })
		).toEqual([0, 8, 16]);
	});
});
