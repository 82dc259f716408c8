import { parseRational } from '../exact/parseRational';
import { compare, formatRational, rational, toNumber, type Rational } from '../exact/rational';

/** What a kind adapter may produce for one output. */
export type Computed = bigint | number | boolean | string | null | Rational;

const isRational = (x: unknown): x is Rational =>
	typeof x === 'object' && x !== null && typeof (x as Rational).num === 'bigint';

const show = (x: Computed) =>
	typeof x === 'bigint' ? `${x}` : isRational(x) ? formatRational(x) : JSON.stringify(x);

function exactValue(x: Computed): Rational | null {
	if (typeof x === 'bigint') return rational(x);
	if (isRational(x)) return x;
	if (typeof x === 'number' && Number.isSafeInteger(x)) return rational(BigInt(x));
	return null;
}

function numericValue(x: Computed): number | null {
	if (typeof x === 'number') return x;
	if (typeof x === 'bigint') return Number(x);
	return isRational(x) ? toNumber(x) : null;
}

function matchString(expected: string, actual: Computed): string | null {
	if (/^-?\d+(\/\d+)?$/.test(expected)) {
		const value = exactValue(actual);
		if (value === null) return `expected exactly ${expected}, got ${show(actual)}`;
		return compare(value, parseRational(expected)) === 0
			? null
			: `expected ${expected}, got ${show(actual)}`;
	}
	const decimal = /^-?\d*\.(\d+)$/.exec(expected);
	if (decimal) {
		const value = numericValue(actual);
		const halfUlp = 0.5 * 10 ** -decimal[1].length * (1 + 1e-9);
		if (value !== null && Math.abs(value - Number(expected)) <= halfUlp) return null;
		return `expected ${expected} at ${decimal[1].length} decimals, got ${show(actual)}`;
	}
	if (expected === 'Infinity' || expected === '-Infinity') {
		return actual === Number(expected) ? null : `expected ${expected}, got ${show(actual)}`;
	}
	return actual === expected ? null : `expected "${expected}", got ${show(actual)}`;
}

function matchRatio(expected: Record<string, unknown>, actual: Computed): string | null {
	const { num, den, value } = expected;
	if (typeof num !== 'string' || typeof den !== 'string') return 'ratio needs string num and den';
	const exact =
		den === '0' ? matchString('Infinity', actual) : matchString(`${num}/${den}`, actual);
	return exact ?? (typeof value === 'string' ? matchString(value, actual) : null);
}

/**
 * Null when `actual` matches the vector's `expected` output, otherwise why not. Integer strings and
 * "num/den" match exactly; decimal strings when `actual` rounds to them at the digits given;
 * { num, den, value } ratios exactly and by value; den "0" means Infinity.
 * Vector format: https://github.com/ethereum/consensus-specs/tree/dev/tests/formats
 */
export function matchOutput(expected: unknown, actual: Computed): string | null {
	if (typeof expected === 'string') return matchString(expected, actual);
	if (typeof expected === 'boolean' || expected === null) {
		return actual === expected ? null : `expected ${expected}, got ${show(actual)}`;
	}
	if (typeof expected === 'number') return matchString(String(expected), actual);
	if (typeof expected === 'object' && 'num' in expected && 'den' in expected) {
		return matchRatio(expected as Record<string, unknown>, actual);
	}
	return `unsupported expected value ${JSON.stringify(expected)}`;
}
