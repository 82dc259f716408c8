/**
 * Decimal arithmetic on a step (a power of ten, or a whole multiple of one), done on the decimal text of numbers (never by
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

/**
 * A step as a whole multiple of a power of ten, read from its decimal text: 5 is 5 × 10^0, 0.25
 * is 25 × 10^-2.
 */
export function stepParts(step: number): { exponent: number; multiple: number } {
	const [digits, exp] = step.toExponential().split('e');
	const [whole, fraction = ''] = digits.split('.');
	const multiple = Number(whole + fraction);
	const exponent = Number(exp) - fraction.length;
	if (!Number.isSafeInteger(multiple) || gridValue(multiple, exponent) !== step)
		throw new Error(`step ${step} has no exact decimal form`);
	return { exponent, multiple };
}

export function isOnGrid(value: number, step: number): boolean {
	const { exponent, multiple } = stepParts(step);
	const n = gridIndex(value, exponent);
	return n !== undefined && n % multiple === 0;
}
