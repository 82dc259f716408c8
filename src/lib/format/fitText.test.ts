import { describe, expect, it } from 'vitest';
import { fitText } from './fitText';

describe('fitText', () => {
	it('keeps text that fits', () => {
		expect(fitText('10× leverage', 80)).toBe('10× leverage');
	});
	it('cuts at a word boundary and adds an ellipsis within the limit', () => {
		const cut = fitText('one two three four five', 12);
		expect(cut).toBe('one two…');
		expect(cut.length).toBeLessThanOrEqual(12);
	});
	it('cuts inside a long word when there is no space to cut at', () => {
		expect(fitText('abcdefghijklmnop', 8)).toBe('abcdefg…');
	});
});
