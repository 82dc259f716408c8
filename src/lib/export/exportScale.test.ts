import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE, exportScale } from './exportScale';

describe('exportScale', () => {
	it('keeps a scale between 1 and 4 in half steps', () => {
		expect(exportScale('1')).toBe(1);
		expect(exportScale('2.5')).toBe(2.5);
		expect(exportScale('4')).toBe(4);
		expect(exportScale('2.7')).toBe(2.5);
		expect(exportScale('2.8')).toBe(3);
	});
	it('gives a scale out of range the nearest bound', () => {
		expect(exportScale('0')).toBe(1);
		expect(exportScale('-3')).toBe(1);
		expect(exportScale('9')).toBe(4);
		expect(exportScale('1e308')).toBe(4);
		expect(exportScale('Infinity')).toBe(4);
		expect(exportScale('-Infinity')).toBe(1);
	});
	it('gives the default for a missing or unreadable scale', () => {
		expect(DEFAULT_SCALE).toBe(2);
		expect(exportScale(null)).toBe(2);
		expect(exportScale('')).toBe(2);
		expect(exportScale('x2')).toBe(2);
		expect(exportScale('NaN')).toBe(2);
		expect(exportScale('<script>')).toBe(2);
	});
});
