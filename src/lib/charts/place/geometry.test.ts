import { describe, expect, it } from 'vitest';
import { boxInside, boxesOverlap, growBox, polylineHitsBox, segmentHitsBox } from './geometry';

const box = { x: 0, y: 0, width: 10, height: 10 };

describe('boxesOverlap', () => {
	it('counts boxes that only share an edge as apart, on every side', () => {
		expect(boxesOverlap(box, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
		expect(boxesOverlap(box, { x: -5, y: 0, width: 5, height: 5 })).toBe(false);
		expect(boxesOverlap(box, { x: 0, y: 10, width: 5, height: 5 })).toBe(false);
		expect(boxesOverlap(box, { x: 0, y: -5, width: 5, height: 5 })).toBe(false);
		expect(boxesOverlap(box, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
	});
});

describe('boxInside', () => {
	it('counts a box reaching the outer edges as inside, one past them as outside', () => {
		expect(boxInside(box, box)).toBe(true);
		expect(boxInside({ ...box, x: -1 }, box)).toBe(false);
		expect(boxInside({ ...box, y: -1 }, box)).toBe(false);
		expect(boxInside({ ...box, width: 11 }, box)).toBe(false);
		expect(boxInside({ ...box, height: 11 }, box)).toBe(false);
	});
});

describe('growBox', () => {
	it('grows a box by the same amount on every side', () => {
		expect(growBox({ x: 5, y: 6, width: 10, height: 20 }, 3)).toEqual({
			x: 2,
			y: 3,
			width: 16,
			height: 26
		});
	});
});

describe('segmentHitsBox', () => {
	it('counts a segment that only touches a corner or runs along an edge', () => {
		expect(segmentHitsBox([-1, 1], [1, -1], box)).toBe(true);
		expect(segmentHitsBox([-5, 0], [5, 0], box)).toBe(true);
		expect(segmentHitsBox([-5, -0.1], [5, -0.1], box)).toBe(false);
	});

	it('follows a segment that starts away from the origin', () => {
		// From (20, 5) left to (15, 5): it stops 5 short of the box.
		expect(segmentHitsBox([20, 5], [15, 5], box)).toBe(false);
		expect(segmentHitsBox([20, 5], [5, 5], box)).toBe(true);
	});
});

describe('polylineHitsBox', () => {
	it('treats a single point as a segment of no length', () => {
		expect(polylineHitsBox([[5, 5]], box)).toBe(true);
		expect(polylineHitsBox([[15, 5]], box)).toBe(false);
	});

	it('misses a box that no segment reaches', () => {
		expect(
			polylineHitsBox(
				[
					[20, 0],
					[20, 20],
					[30, 20]
				],
				box
			)
		).toBe(false);
		expect(polylineHitsBox([], box)).toBe(false);
	});
});
