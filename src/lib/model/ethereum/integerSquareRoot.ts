/**
 * Largest x with x² ≤ n, spec `integer_squareroot` (Newton's method on integers):
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/phase0/beacon-chain.md#integer_squareroot
 * integerSquareRoot(34·10^15) = 184,390,889.
 */
export function integerSquareRoot(n: bigint): bigint {
	if (n < 0n) throw new RangeError('integerSquareRoot of a negative number');
	let x = n;
	let y = (x + 1n) / 2n;
	while (y < x) {
		x = y;
		y = (x + n / x) / 2n;
	}
	return x;
}
