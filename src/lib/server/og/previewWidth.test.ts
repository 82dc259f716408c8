import { describe, expect, it } from 'vitest';
import { previewHeight, previewWidth } from './previewWidth';

describe('previewWidth', () => {
	it('keeps widths on 40 px steps, each with a whole height at the card’s aspect', () => {
		expect(previewWidth('360')).toBe(360);
		expect(previewWidth('379')).toBe(360);
		expect(previewWidth('381')).toBe(400);
		for (let w = 40; w < 1200; w += 40) {
			expect(Number.isInteger(previewHeight(w))).toBe(true);
			expect(previewHeight(w) / w).toBeCloseTo(630 / 1200, 12);
		}
	});
	it('bounds widths to 40–1200 px; the full width is the plain image', () => {
		expect(previewWidth('0')).toBe(40);
		expect(previewWidth('-500')).toBe(40);
		expect(previewWidth('1200')).toBeUndefined();
		expect(previewWidth('1e308')).toBeUndefined();
		expect(previewWidth('Infinity')).toBeUndefined();
	});
	it('gives the plain image for a missing or unreadable width', () => {
		for (const value of [null, '', ' ', 'abc', 'NaN', '<script>'])
			expect(previewWidth(value)).toBeUndefined();
	});
});
