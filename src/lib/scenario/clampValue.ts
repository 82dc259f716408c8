import { formatSI } from '$lib/format/si';
import type { NumberField } from './schema';

export interface Clamped {
	readonly value: number;
	/** Why the value differs from the one given, for a visible notice; absent when it does not. */
	readonly reason?: string;
}

/** The nearest valid value of a numeric field: within [min, max], on the field's step. */
export function clampValue(field: NumberField, value: number): Clamped {
	if (value < field.min) {
		return {
			value: field.min,
			reason: `${formatGiven(value)} is below the minimum ${formatSI(field.min)}`
		};
	}
	if (value > field.max) {
		return {
			value: field.max,
			reason: `${formatGiven(value)} is above the maximum ${formatSI(field.max)}`
		};
	}
	const stepped = roundToStep(value, field.step);
	if (stepped !== value) {
		return {
			value: stepped,
			reason: `${formatSI(value)} is not a multiple of ${formatSI(field.step)}`
		};
	}
	return { value };
}

/** A given value as written back to the reader: SI while SI is short, `1e+87` beyond (not `1e+75T`). */
function formatGiven(value: number): string {
	if (Math.abs(value) < 1e15 || !Number.isFinite(value)) return formatSI(value);
	// Three digits from the exponential text itself: rounding the number could overflow (1.795e308).
	const [mantissa, exponent] = value.toExponential(2).split('e');
	return `${Number(mantissa)}e${exponent}`;
}

function roundToStep(value: number, step: number): number {
	if (step <= 0) return value;
	const decimals = Math.max(0, -Math.floor(Math.log10(step)));
	return Number((Math.round(value / step) * step).toFixed(Math.min(decimals + 2, 15)));
}
