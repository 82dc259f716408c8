import { describe, expect, it } from 'vitest';
import { textWidth } from './textWidth';
import { thinTicks } from './thinTicks';

describe('thinTicks', () => {
	const ticks = [0, 5, 10, 15, 20];
	const centred = (width: number) => (t: number) =>
		[t * 10 - width / 2, t * 10 + width / 2] as const;
	it('keeps every tick when the labels fit', () => {
		expect(thinTicks(ticks, centred(20), 8)).toEqual(ticks);
	});
	it('keeps every tick when the labels are exactly the gap apart', () => {
		// 50 px apart, 42 px labels: 8 px gaps.
		expect(thinTicks(ticks, centred(42), 8)).toEqual(ticks);
	});
	it('keeps every other tick when neighbours would touch', () => {
		// 50 px apart, 45 px labels: 5 px gaps; every other: 55 px gaps.
		expect(thinTicks(ticks, centred(45), 8)).toEqual([0, 10, 20]);
	});
	it('counts the last label ending at the edge: it reaches further left', () => {
		// Centred 30 px labels leave 20 px gaps; the last, right-aligned at 200, starts at 170,
		// 5 px after the one at 150 ends (165), so only every other tick fits.
		const endAligned = (t: number) =>
			t === 20 ? ([170, 200] as const) : ([t * 10 - 15, t * 10 + 15] as const);
		expect(thinTicks(ticks, endAligned, 8)).toEqual([0, 10, 20]);
	});
	it('keeps the first tick alone when nothing else fits', () => {
		expect(thinTicks(ticks, () => [0, 100] as const, 8)).toEqual([0]);
	});
});

describe('textWidth', () => {
	it('grows with the text and with bold', () => {
		expect(textWidth('150')).toBeLessThan(textWidth('150200'));
		expect(textWidth('abc', 12, true)).toBeGreaterThan(textWidth('abc', 12));
	});
	it('estimates "one third" at 12 px within DejaVu Sans’s width, on the wide side', () => {
		// DejaVu Sans at 12 px draws "one third" about 54 px wide.
		expect(textWidth('one third')).toBeGreaterThanOrEqual(54);
		expect(textWidth('one third')).toBeLessThanOrEqual(70);
	});
});
