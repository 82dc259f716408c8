import { describe, expect, it } from 'vitest';
import { cssColor, tokenCss, tokenHex } from './palette';
import { textWidth } from './textWidth';

describe('textWidth (em widths per character class, rounded up)', () => {
	it('counts narrow, wide, capital and other characters at their own widths', () => {
		// At 10 px: i 3.6, m 9.5, A 7.2, a 6.4, each rounded up on its own here.
		expect(textWidth('i', 10)).toBe(4);
		expect(textWidth('m', 10)).toBe(10);
		expect(textWidth('%', 10)).toBe(10);
		expect(textWidth('A', 10)).toBe(8);
		expect(textWidth('a', 10)).toBe(7);
		expect(textWidth(' ', 10)).toBe(4);
		expect(textWidth('W', 10)).toBe(10);
	});

	it('sums before rounding, at 12 px unless told, 10 % wider in bold', () => {
		// (0.36 + 0.72 + 0.64) · 12 = 20.64
		expect(textWidth('iAa')).toBe(21);
		// 0.64 · 12 · 1.1 = 8.448
		expect(textWidth('a', 12, true)).toBe(9);
		expect(textWidth('')).toBe(0);
	});
});

describe('colour tokens', () => {
	it('are CSS variables on the page and hex in the preview image', () => {
		expect(tokenCss('text')).toBe('var(--text)');
		expect(tokenCss('muted')).toBe('var(--muted)');
		expect(tokenCss('blue')).toBe('var(--series-blue)');
		expect(cssColor('green')).toBe('var(--series-green)');
		expect(tokenHex('text')).toBe('#1d1d1f');
		expect(tokenHex('muted')).toBe('#5b5b63');
		expect(tokenHex('vermillion')).toBe('#d55e00');
	});
});
