import { formatSI, parseSI } from '../format/si';
import { clampValue } from '../scenario/clampValue';
import type { NumberField } from '../scenario/schema';

export interface FieldInput {
	/** The value to use: the typed one made valid, or the last valid value when the text is not a number. */
	readonly value: number;
	/** What was wrong with the text, shown next to the field; absent when it was taken as typed. */
	readonly message?: string;
}

/** A field's value as its number field shows it: `40M`, or every digit for a seed. */
export function formatFieldValue(field: NumberField, value: number): string {
	return field.display === 'integer' ? String(Math.round(value)) : formatSI(value);
}

/**
 * Reads what a reader typed into a number field: `40M`, `1,500`, `0.5`, a decimal comma (`1,5`),
 * the field's own unit after the number (`10%`, `5 ETH`). Text it cannot read keeps the last value.
 */
export function readFieldInput(field: NumberField, text: string, lastValid: number): FieldInput {
	const kept = formatFieldValue(field, lastValid);
	const trimmed = text.trim();
	if (trimmed === '') return { value: lastValid, message: `Empty: kept ${kept}` };
	const typed = parseSI(withPointDecimals(withoutUnit(trimmed, field.unit)));
	if (!Number.isFinite(typed)) {
		const what = field.unit ? `a number of ${field.unit}` : 'a number';
		return { value: lastValid, message: `“${shorten(trimmed)}” is not ${what}; kept ${kept}` };
	}
	const clamped = clampValue(field, typed);
	return clamped.reason
		? {
				value: clamped.value,
				message: `${clamped.reason}; using ${formatFieldValue(field, clamped.value)}`
			}
		: { value: clamped.value };
}

/** `10%` -> `10`, `5 ETH` -> `5` when the field's unit is % or ETH (any case). */
function withoutUnit(text: string, unit: string): string {
	if (!unit || !text.toLowerCase().endsWith(unit.toLowerCase())) return text;
	return text.slice(0, -unit.length).trimEnd();
}

/**
 * Commas read as people write them: thousands groups (`1,500`, `2,000,000.5`) are dropped, a
 * single comma between digits that is not a group of three is a decimal comma (`1,5` -> `1.5`).
 * Anything else is left as is, for parseSI to refuse rather than to misread (`1,5,3`).
 */
function withPointDecimals(text: string): string {
	if (!text.includes(',')) return text;
	const match = /^([+-]?)([\d,]*)(\.\d*)?(\s*[a-z]*)$/i.exec(text);
	if (!match) return 'NaN';
	const [, sign, digits, fraction = '', suffix] = match;
	if (/^\d{1,3}(,\d{3})+$/.test(digits))
		return `${sign}${digits.replace(/,/g, '')}${fraction}${suffix}`;
	if (!fraction && /^\d*,\d+$/.test(digits)) return `${sign}${digits.replace(',', '.')}${suffix}`;
	return 'NaN';
}

function shorten(text: string): string {
	return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
