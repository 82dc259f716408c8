import { describe, expect, it } from 'vitest';
import type { NumberField } from '../scenario/schema';
import { readFieldInput } from './fieldInput';

const own: NumberField = {
	kind: 'number',
	label: 'Own stake',
	unit: 'ETH',
	min: 0,
	max: 1e9,
	step: 0.01,
	scale: 'log'
};

describe('readFieldInput', () => {
	it('takes a valid number as typed, SI suffixes included', () => {
		expect(readFieldInput(own, '40M', 1)).toEqual({ value: 40e6 });
		expect(readFieldInput(own, ' 1,500 ', 1)).toEqual({ value: 1500 });
	});
	it('keeps the last valid value when the text is not a number, and says why', () => {
		expect(readFieldInput(own, 'ten', 9)).toEqual({
			value: 9,
			message: '“ten” is not a number; kept 9'
		});
	});
	it('clamps a number out of range and says so', () => {
		expect(readFieldInput(own, '-3', 9)).toEqual({
			value: 0,
			message: '-3 is below the minimum 0; using 0'
		});
	});
});
