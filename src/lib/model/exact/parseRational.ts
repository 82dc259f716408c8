import { rational, type Rational } from './rational';

/**
 * Reads "3/10", "21600", "-2", "0.3", "1e-3" or a number into an exact rational. A number is
 * read through its shortest decimal form, so 0.3 is exactly 3/10 (the ledger's `UnitInterval`
 * a0 = 3/10, https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json).
 */
export function parseRational(text: string | number | bigint): Rational {
	if (typeof text === 'bigint') return rational(text);
	const s = String(text).trim();
	const slash = s.indexOf('/');
	if (slash >= 0) return rational(BigInt(s.slice(0, slash)), BigInt(s.slice(slash + 1)));
	const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(s);
	if (!match || (match[2] === '' && !match[3])) throw new SyntaxError(`not a rational: "${s}"`);
	const [, sign, whole, fraction = '', exponent = '0'] = match;
	const digits = BigInt(`${sign}${whole || '0'}${fraction}`);
	const scale = Number(exponent) - fraction.length;
	return scale >= 0
		? rational(digits * 10n ** BigInt(scale))
		: rational(digits, 10n ** BigInt(-scale));
}
