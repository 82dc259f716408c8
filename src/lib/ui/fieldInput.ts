import { formatSI, parseSI } from '../format/si';
import { clampValue } from '../scenario/clampValue';
import type { NumberField } from '../scenario/schema';

export interface FieldInput {
	/** The value to use: the typed one made valid, or the last valid value when the text is not a number. */
	readonly value: number;
	/** What was wrong with the text, shown next to the field; absent when it was taken as typed. */
	readonly message?: string;
}

/** Reads what a reader typed into a number field (`40M`, `1,500`, `0.5`). */
export function readFieldInput(field: NumberField, text: string, lastValid: number): FieldInput {
	const typed = parseSI(text);
	if (!Number.isFinite(typed)) {
		return {
			value: lastValid,
			message: `“${text.trim()}” is not a number; kept ${formatSI(lastValid)}`
		};
	}
	const clamped = clampValue(field, typed);
	return clamped.reason
		? { value: clamped.value, message: `${clamped.reason}; using ${formatSI(clamped.value)}` }
		: { value: clamped.value };
}
