import { clampValue } from '../scenario/clampValue';
import type { NumberField } from '../scenario/schema';

/** Positions of a log-scale slider; position 0 is the field minimum (which may be 0). */
export const LOG_POSITIONS = 1000;

/** The log-scale slider's lowest non-minimum value: one step above zero, or the minimum itself. */
function logFloor(field: NumberField): number {
	return field.min > 0 ? field.min : field.step;
}

/** Where a value sits on a slider of this field: the value itself (linear) or 0…LOG_POSITIONS (log). */
export function valueToPosition(field: NumberField, value: number): number {
	if (field.scale === 'linear') return value;
	if (value <= field.min) return 0;
	const lo = Math.log10(logFloor(field));
	const hi = Math.log10(field.max);
	const t = (Math.log10(Math.max(value, logFloor(field))) - lo) / (hi - lo);
	const first = field.min > 0 ? 0 : 1;
	return Math.round(first + t * (LOG_POSITIONS - first));
}

/**
 * The value at a slider position, rounded to three significant digits so a reader lands on
 * numbers they can say out loud (40.1M, not 40,127,331.5), then clamped to the field.
 */
export function positionToValue(field: NumberField, position: number): number {
	if (field.scale === 'linear') return clampValue(field, position).value;
	const first = field.min > 0 ? 0 : 1;
	if (position < first) return field.min;
	const lo = Math.log10(logFloor(field));
	const hi = Math.log10(field.max);
	const t = (position - first) / (LOG_POSITIONS - first);
	const raw = 10 ** (lo + t * (hi - lo));
	return clampValue(field, Number(raw.toPrecision(3))).value;
}

/** The slider's bounds and step in position units. */
export function sliderRange(field: NumberField): { min: number; max: number; step: number } {
	return field.scale === 'linear'
		? { min: field.min, max: field.max, step: field.step }
		: { min: 0, max: LOG_POSITIONS, step: 1 };
}
