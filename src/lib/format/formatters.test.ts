import { describe, expect, it } from 'vitest';
import { formatDayCount, formatDays } from './days';
import { formatAmount } from './number';
import { formatPercent, formatShare, formatShareFixed } from './percent';
import { formatRatio } from './ratio';

describe('formatPercent', () => {
	it.each([
		[2.6123, '2.61 %'],
		[0.04, '0.04 %'],
		[12.5, '12.5 %'],
		[100, '100 %'],
		[Infinity, '–'],
		[NaN, '–']
	])('formatPercent(%d) is %j', (value, text) => expect(formatPercent(value)).toBe(text));
});

describe('formatShare', () => {
	it.each([
		[0.1, 3, '10 %'],
		[1 / 3, 3, '33.3 %'],
		[0.01, 3, '1 %'],
		[0.052, 2, '5.2 %'],
		[0.00049, 2, '0.049 %'],
		[0.12345, 2, '12 %']
	])('formatShare(%d, %d) is %j', (share, digits, text) =>
		expect(formatShare(share, digits)).toBe(text)
	);
	it('gives three significant digits unless told otherwise', () => {
		expect(formatShare(0.12345)).toBe('12.3 %');
	});
});

describe('formatShareFixed', () => {
	it.each([
		[0.2963, '29.6 %'],
		[0.05, '5.0 %'],
		[1, '100.0 %'],
		[0, '0.0 %'],
		[0.00042, '0.042 %'],
		[0.001, '0.1 %']
	])('formatShareFixed(%d) is %j', (share, text) => expect(formatShareFixed(share)).toBe(text));
});

describe('formatRatio', () => {
	it.each([
		[1.2634, '1.26×'],
		[4, '4×'],
		[0.5, '0.5×'],
		[2.655, '2.65×']
	])('formatRatio(%d) is %j', (ratio, text) => expect(formatRatio(ratio)).toBe(text));
});

describe('formatDayCount', () => {
	it.each([
		[18.5231, '18.5'],
		[28, '28'],
		[2.0004, '2'],
		[0.01234, '0.0123']
	])('formatDayCount(%d) is %j', (days, text) => expect(formatDayCount(days)).toBe(text));
});

describe('formatDays', () => {
	it.each([
		[18.52, '18.5 days'],
		[21, '21 days'],
		[1, '1 day'],
		[1.0004, '1 day'],
		[0, '0 days'],
		[87.96, '88 days']
	])('formatDays(%d) is %j', (days, text) => expect(formatDays(days)).toBe(text));
});

describe('formatAmount', () => {
	it.each([
		[0.9126, 'ETH', '0.913 ETH'],
		[2512.7, 'ada', '2,513 ada'],
		[40e6, 'ada', '40M ada']
	])('formatAmount(%d, %j) is %j', (value, asset, text) =>
		expect(formatAmount(value, asset)).toBe(text)
	);
});
