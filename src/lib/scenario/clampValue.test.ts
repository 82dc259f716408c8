import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridIndex, gridValue, isOnGrid } from '../../../tests/support/stepGrid';
import { clampValue } from './clampValue';
import type { NumberField } from './schema';

/** A field whose step is 10^e and whose bounds are whole steps, built from decimal text. */
const fieldOnGrid = fc
	.record({
		e: fc.integer({ min: -3, max: 3 }),
		minSteps: fc.integer({ min: -1_000_000, max: 1_000_000 }),
		spanSteps: fc.integer({ min: 0, max: 1e11 })
	})
	.map(({ e, minSteps, spanSteps }) => {
		const field: NumberField = {
			kind: 'number',
			label: 'x',
			unit: '',
			min: gridValue(minSteps, e),
			max: gridValue(minSteps + spanSteps, e),
			step: gridValue(1, e),
			scale: 'linear'
		};
		return { field, e, minSteps, spanSteps };
	});

const anyNumber = fc.double({ min: -1e15, max: 1e15, noNaN: true });

describe('clampValue, judged without clampValue', () => {
	it('the value is always within [min, max]', () => {
		fc.assert(
			fc.property(fieldOnGrid, anyNumber, ({ field }, value) => {
				const { value: clamped } = clampValue(field, value);
				expect(clamped).toBeGreaterThanOrEqual(field.min);
				expect(clamped).toBeLessThanOrEqual(field.max);
			})
		);
	});

	it('the value is always a whole number of steps', () => {
		fc.assert(
			fc.property(fieldOnGrid, anyNumber, ({ field }, value) => {
				expect(isOnGrid(clampValue(field, value).value, field.step)).toBe(true);
			})
		);
	});

	it('below the minimum gives the minimum, above the maximum gives the maximum, each with its reason', () => {
		fc.assert(
			fc.property(
				fieldOnGrid,
				fc.double({ min: 1e-9, max: 1e12, noNaN: true }),
				({ field }, by) => {
					const below = clampValue(field, field.min - by);
					if (field.min - by < field.min) {
						expect(below.value).toBe(field.min);
						expect(below.reason).toMatch(/ is below the minimum /);
					}
					const above = clampValue(field, field.max + by);
					if (field.max + by > field.max) {
						expect(above.value).toBe(field.max);
						expect(above.reason).toMatch(/ is above the maximum /);
					}
				}
			)
		);
	});

	it('a value inside the range moves to the nearest step, at most half a step away', () => {
		fc.assert(
			fc.property(fieldOnGrid, fc.double({ min: 0, max: 1, noNaN: true }), ({ field }, t) => {
				const value = field.min + t * (field.max - field.min);
				const { value: clamped } = clampValue(field, value);
				const slack = 1e-12 * Math.max(1, Math.abs(value));
				expect(Math.abs(clamped - value)).toBeLessThanOrEqual(field.step / 2 + slack);
			})
		);
	});

	it('every whole step inside the range comes back exactly, with no reason', () => {
		fc.assert(
			fc.property(
				fieldOnGrid,
				fc.double({ min: 0, max: 1, noNaN: true }),
				({ field, e, minSteps, spanSteps }, t) => {
					const n = minSteps + Math.round(t * spanSteps);
					const value = gridValue(n, e);
					expect(clampValue(field, value)).toEqual({ value });
				}
			)
		);
	});

	it('a reason is given exactly when the value changes', () => {
		fc.assert(
			fc.property(fieldOnGrid, anyNumber, ({ field }, value) => {
				const clamped = clampValue(field, value);
				expect(clamped.reason === undefined).toBe(clamped.value === value);
			})
		);
	});
});

describe('clampValue examples', () => {
	const cents: NumberField = {
		kind: 'number',
		label: 'x',
		unit: '',
		min: 0,
		max: 1e9,
		step: 0.01,
		scale: 'log'
	};

	it('keeps a large amount of whole cents exact (no digits beyond the step creep in)', () => {
		expect(clampValue(cents, 123_456_789.01)).toEqual({ value: 123_456_789.01 });
		expect(clampValue(cents, 999_999_999.99)).toEqual({ value: 999_999_999.99 });
	});

	it('rounds to a thousandth step without losing the third decimal', () => {
		const thousandths = { ...cents, step: 0.001 };
		expect(clampValue(thousandths, 1.2344).value).toBe(1.234);
		expect(clampValue(thousandths, 0.0006).value).toBe(0.001);
		expect(gridIndex(clampValue(thousandths, 2.0005).value, -3)).toBeDefined();
	});

	it('says what changed, in SI', () => {
		expect(clampValue(cents, 2e9).reason).toBe('2B is above the maximum 1B');
		expect(clampValue(cents, -1).reason).toBe('-1 is below the minimum 0');
		expect(clampValue(cents, 0.123).reason).toBe('0.123 is not a multiple of 0.01');
	});

	it('writes a huge value in three digits, never as Infinity, even next to the largest double', () => {
		expect(clampValue(cents, 1e87).reason).toBe('1e+87 is above the maximum 1B');
		expect(clampValue(cents, 1.7950000000000001e308).reason).toBe(
			'1.8e+308 is above the maximum 1B'
		);
		expect(clampValue(cents, -1.795e308).reason).toBe('-1.79e+308 is below the minimum 0');
	});

	it('switches from SI to exponents at 10^15, where SI would need four digits of T', () => {
		expect(clampValue(cents, 999e12).reason).toBe('999T is above the maximum 1B');
		expect(clampValue(cents, 1e15).reason).toBe('1e+15 is above the maximum 1B');
		expect(clampValue(cents, -1e15).reason).toBe('-1e+15 is below the minimum 0');
	});

	it('a step of 0 means any value in range is kept as it is', () => {
		const free = { ...cents, step: 0 };
		expect(clampValue(free, Math.PI)).toEqual({ value: Math.PI });
		expect(clampValue(free, 2e9)).toEqual({ value: 1e9, reason: '2B is above the maximum 1B' });
	});
});
