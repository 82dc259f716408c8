import { parseRational } from '../exact/parseRational';
import type { Rational } from '../exact/rational';

type Inputs = Readonly<Record<string, unknown>>;

function read(inputs: Inputs, key: string): unknown {
	if (!(key in inputs)) throw new Error(`missing input "${key}"`);
	return inputs[key];
}

/**
 * An integer input ("21600" or 21600) as bigint, the vectors' lovelace and Gwei amounts.
 * https://github.com/IntersectMBO/cardano-ledger (Coin is an integer of lovelace)
 */
export function bigintInput(inputs: Inputs, key: string): bigint {
	const value = read(inputs, key);
	if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
	if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
	throw new Error(`input "${key}" is not an integer: ${JSON.stringify(value)}`);
}

/**
 * A rational input ("3/10", "0", 10) exactly; the ledger's `UnitInterval` and `Rational` values.
 * https://github.com/IntersectMBO/cardano-ledger (BaseTypes: UnitInterval)
 */
export function rationalInput(inputs: Inputs, key: string): Rational {
	const value = read(inputs, key);
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw new Error(`input "${key}" is not a rational: ${JSON.stringify(value)}`);
	}
	return parseRational(value);
}

/**
 * Like `rationalInput`, but null means "absent" (the CIP-50 cap L outside Dijkstra).
 * https://cips.cardano.org/cip/CIP-0050
 */
export function optionalRationalInput(inputs: Inputs, key: string): Rational | undefined {
	return read(inputs, key) === null ? undefined : rationalInput(inputs, key);
}

/**
 * A leverage input: an exact rational ("320/13"), an integer, or "Infinity".
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815
 */
export function leverageInput(inputs: Inputs, key: string): Rational | number {
	return read(inputs, key) === 'Infinity' ? Infinity : rationalInput(inputs, key);
}

/**
 * A small integer input such as an epoch count, as a JS number.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/phase0/beacon-chain.md#custom-types
 */
export function countInput(inputs: Inputs, key: string): number {
	return Number(bigintInput(inputs, key));
}
