import { describe, expect, it } from 'vitest';
import { labelledTicks, tickAlign, tickLabelExtent } from './tickLabels';

describe('tickAlign', () => {
	it('starts the label at a tick within 3 % of the left edge, ends it within 3 % of the right', () => {
		expect(tickAlign(0)).toBe('start');
		expect(tickAlign(2.9)).toBe('start');
		expect(tickAlign(3)).toBe('middle');
		expect(tickAlign(50)).toBe('middle');
		expect(tickAlign(97)).toBe('middle');
		expect(tickAlign(97.1)).toBe('end');
		expect(tickAlign(100)).toBe('end');
	});
});

describe('tickLabelExtent', () => {
	// On a 280 px plot; '10' is two 0.64 em digits at 12 px: 15.36, rounded up to 16 px.
	it('centres a label on a tick inside the plot', () => {
		expect(tickLabelExtent(50, 280, '10')).toEqual([132, 148]);
	});
	it('starts a label at the left edge and ends one at the right edge', () => {
		expect(tickLabelExtent(0, 280, '10')).toEqual([0, 16]);
		expect(tickLabelExtent(100, 280, '10')).toEqual([264, 280]);
	});
});

describe('labelledTicks', () => {
	const x = (v: number) => v * 10;
	it('labels every tick where the labels keep 10 px apart', () => {
		// Ticks 28 px apart on 280 px: centred 8 px digits leave 20 px between them.
		expect(labelledTicks([0, 1, 2, 3], x, 280, String)).toEqual([0, 1, 2, 3]);
	});
	it('labels every other tick where the last one, ending at the edge, comes too close', () => {
		// '10' ends at 280 and starts at 264; '9' ends at 256: 8 px, under 10. Every other: 36 px.
		const ticks = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		expect(labelledTicks(ticks, x, 280, String)).toEqual([0, 2, 4, 6, 8, 10]);
	});
	it('measures at the plot width: labels 2.8 px apart on a 28 px plot leave only the first', () => {
		expect(labelledTicks([0, 1, 2, 3], x, 28, String)).toEqual([0]);
	});
});
