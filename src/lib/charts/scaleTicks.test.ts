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
	it('scaleTicks(log 1–1000) ends at the domain’s top power of ten', () => {
		expect(scaleTicks({ type: 'log', domain: [1, 1000], title: '', format })).toEqual([
			1, 10, 100, 1000
		]);
	});
	it('scaleTicks(log 1e3–1e5) counts decades between its ends: two, so every power', () => {
		expect(scaleTicks({ type: 'log', domain: [1e3, 1e5], title: '', format })).toEqual([
			1e3, 1e4, 1e5
		]);
	});
	it('scaleTicks(log 1–1e6) keeps every power of ten over six decades', () => {
		expect(scaleTicks({ type: 'log', domain: [1, 1e6], title: '', format })).toEqual([
			1, 10, 100, 1e3, 1e4, 1e5, 1e6
		]);
	});
});
