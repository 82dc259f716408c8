import { describe, expect, it } from 'vitest';
import type { NumberField } from '../scenario/schema';
import { LOG_POSITIONS, positionToValue, valueToPosition } from './sliderPosition';

const stake: NumberField = {
	kind: 'number',
	label: 'Stake',
	unit: 'ETH',
	min: 0,
	max: 1e9,
	step: 0.01,
	scale: 'log'
};
const k: NumberField = {
	kind: 'number',
	label: 'k',
	unit: '',
	min: 1,
	max: 2000,
	step: 1,
	scale: 'linear'
};

describe('valueToPosition / positionToValue', () => {
	it('position 0 is the minimum 0 and the last position is the maximum', () => {
		expect(valueToPosition(stake, 0)).toBe(0);
		expect(positionToValue(stake, 0)).toBe(0);
		expect(valueToPosition(stake, 1e9)).toBe(LOG_POSITIONS);
		expect(positionToValue(stake, LOG_POSITIONS)).toBe(1e9);
	});

	it('position 1 is the step above zero', () => {
		expect(positionToValue(stake, 1)).toBe(0.01);
	});

	it('a log slider spends equal positions on each power of ten', () => {
		const per = valueToPosition(stake, 100) - valueToPosition(stake, 10);
		expect(valueToPosition(stake, 1e6) - valueToPosition(stake, 1e5)).toBe(per);
	});

	it('values come back to three significant digits', () => {
		const value = positionToValue(stake, 777);
		expect(Number(value.toPrecision(3))).toBe(value);
	});

	it('positionToValue(valueToPosition(v)) stays within one position of v', () => {
		for (const v of [1, 9, 100_000, 40e6]) {
			const back = positionToValue(stake, valueToPosition(stake, v));
			expect(Math.abs(Math.log10(back / v))).toBeLessThan(11 / LOG_POSITIONS);
		}
	});

	it('a linear field uses the value as its position, clamped', () => {
		expect(valueToPosition(k, 500)).toBe(500);
		expect(positionToValue(k, 0)).toBe(1);
	});
});
