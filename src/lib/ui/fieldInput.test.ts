import { describe, expect, it } from 'vitest';
import type { NumberField } from '../scenario/schema';
import { formatFieldValue, readFieldInput } from './fieldInput';

const own: NumberField = {
	kind: 'number',
	label: 'Own stake',
	unit: 'ETH',
	min: 0,
	max: 1e9,
	step: 0.01,
	scale: 'log'
};
const margin: NumberField = {
	kind: 'number',
	label: 'Margin',
	unit: '%',
	min: 0,
	max: 100,
	step: 0.1,
	scale: 'linear'
};
const seed: NumberField = {
	kind: 'number',
	label: 'Seed',
	unit: '',
	min: 0,
	max: 999_999,
	step: 1,
	scale: 'linear',
	display: 'integer'
};

describe('readFieldInput', () => {
	it('takes a valid number as typed, SI suffixes included', () => {
		expect(readFieldInput(own, '40M', 1)).toEqual({ value: 40e6 });
		expect(readFieldInput(own, ' 1,500 ', 1)).toEqual({ value: 1500 });
		expect(readFieldInput(own, '2,000,000.5', 1)).toEqual({ value: 2_000_000.5 });
	});

	it('reads a decimal comma as a decimal point, never 1,5 as 15', () => {
		expect(readFieldInput(own, '1,5', 9)).toEqual({ value: 1.5 });
		expect(readFieldInput(own, '0,25', 9)).toEqual({ value: 0.25 });
		expect(readFieldInput(own, '1,5M', 9)).toEqual({ value: 1.5e6 });
	});

	it('refuses commas it cannot read, with a message, instead of guessing', () => {
		expect(readFieldInput(own, '1,5,3', 9)).toEqual({
			value: 9,
			message: '“1,5,3” is not a number of ETH; kept 9'
		});
		expect(readFieldInput(own, '1,5.2', 9).value).toBe(9);
	});

	it("reads the field's own unit after the number", () => {
		expect(readFieldInput(margin, '10%', 5)).toEqual({ value: 10 });
		expect(readFieldInput(margin, '2.5 %', 5)).toEqual({ value: 2.5 });
		expect(readFieldInput(own, '5 ETH', 1)).toEqual({ value: 5 });
		expect(readFieldInput(own, '5eth', 1)).toEqual({ value: 5 });
		expect(readFieldInput(own, '5 ada', 1)).toEqual({
			value: 1,
			message: '“5 ada” is not a number of ETH; kept 1'
		});
	});

	it('an empty field keeps the last value with a short hint', () => {
		expect(readFieldInput(own, '', 9)).toEqual({ value: 9, message: 'Empty: kept 9' });
		expect(readFieldInput(own, '   ', 40e6)).toEqual({ value: 40e6, message: 'Empty: kept 40M' });
	});

	it('keeps the last valid value when the text is not a number, and says why', () => {
		expect(readFieldInput(own, 'ten', 9)).toEqual({
			value: 9,
			message: '“ten” is not a number of ETH; kept 9'
		});
	});

	it('clamps a number out of range and says so', () => {
		expect(readFieldInput(own, '-3', 9)).toEqual({
			value: 0,
			message: '-3 is below the minimum 0; using 0'
		});
	});

	it('an exponent far beyond the range says "above the maximum 1B", not 1e+87T', () => {
		const { value, message } = readFieldInput(own, '1e87', 9);
		expect(value).toBe(1e9);
		expect(message).toBe('1e+87 is above the maximum 1B; using 1B');
		expect(message).not.toContain('T');
	});

	it('a seed is read and shown in full digits', () => {
		expect(readFieldInput(seed, '123456', 7)).toEqual({ value: 123456 });
		expect(formatFieldValue(seed, 123456)).toBe('123456');
		expect(formatFieldValue(own, 123456)).toBe('123.456k');
		expect(readFieldInput(seed, '', 123456).message).toBe('Empty: kept 123456');
	});
});
