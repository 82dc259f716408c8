import { describe, expect, it } from 'vitest';
import { thinTicks } from './thinTicks';
import { textWidth } from './textWidth';

describe('thinTicks', () => {
	const ticks = [0, 5, 10, 15, 20];
	it('keeps every tick when the labels fit', () => {
		expect(
			thinTicks(
				ticks,
				(t) => t * 10,
				() => 20,
				8
			)
		).toEqual(ticks);
	});
	it('keeps every other tick when neighbours would touch', () => {
		// 50 px apart, 45 px labels: 5 px gaps; every other: 55 px gaps.
		expect(
			thinTicks(
				ticks,
				(t) => t * 10,
				() => 45,
				8
			)
		).toEqual([0, 10, 20]);
	});
	it('keeps the first tick alone when nothing else fits', () => {
		expect(
			thinTicks(
				ticks,
				(t) => t,
				() => 100
			)
		).toEqual([0]);
	});
});

describe('textWidth', () => {
	it('grows with the text and with bold', () => {
		expect(textWidth('150')).toBeLessThan(textWidth('150200'));
		expect(textWidth('abc', 12, true)).toBeGreaterThan(textWidth('abc', 12));
	});
	it('estimates "one third" at 12 px within DejaVu Sans’s width, on the wide side', () => {
		// DejaVu Sans at 12 px draws "one third" about 58 px wide.
		expect(textWidth('one third')).toBeGreaterThanOrEqual(58);
		expect(textWidth('one third')).toBeLessThanOrEqual(75);
	});
});
