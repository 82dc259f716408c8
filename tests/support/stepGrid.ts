/**
 * Decimal arithmetic on a power-of-ten step, done on the decimal text of numbers (never by
 * multiplying doubles), so tests can judge "on the step" independently of the code under test.
 */

/** The exponent e with 10^e = step; throws for a step that is not a power of ten. */
export function stepExponent(step: number): number {
	const e = Math.round(Math.log10(step));
	if (Number(`1e${e}`) !== step) throw new Error(`step ${step} is not a power of ten`);
	return e;
}

/** The double nearest to n × 10^e, read from its decimal text. */
export function gridValue(n: number, e: number): number {
	return Number(`${n}e${e}`);
}

/** The integer n with gridValue(n, e) = value, or undefined when value is not on the grid. */
export function gridIndex(value: number, e: number): number | undefined {
	const n = Math.round(Number(`${value}e${-e}`));
	return gridValue(n, e) === value ? n : undefined;
}

export function isOnGrid(value: number, step: number): boolean {
	return gridIndex(value, stepExponent(step)) !== undefined;
}
