import { describe, expect, it } from 'vitest';
import { textWidth } from '../../charts/textWidth';
import { previewNotice } from './previewNotice';

describe('previewNotice', () => {
	it('says nothing when no value was changed', () => {
		expect(previewNotice([], 1000, 18)).toBeUndefined();
	});

	it('names every change when they fit', () => {
		expect(
			previewNotice(['own=“x” is not a number; using 32', 'k=9999: above the maximum 1k'], 1000, 18)
		).toBe('Link changed: own=“x” is not a number; using 32; k=9999: above the maximum 1k');
	});

	it('cuts a long list with an ellipsis within two lines of the width', () => {
		const notices = Array.from(
			{ length: 12 },
			(_, i) => `key${i}=“zzzz” is not a number; using ${i}`
		);
		const notice = previewNotice(notices, 600, 18)!;
		expect(notice.startsWith('Link changed: key0=')).toBe(true);
		expect(notice.endsWith('…')).toBe(true);
		expect(textWidth(notice, 18)).toBeLessThanOrEqual(600 * 2 * 0.9);
		expect(textWidth(notice, 18)).toBeGreaterThan(600 * 2 * 0.8);
	});
});
