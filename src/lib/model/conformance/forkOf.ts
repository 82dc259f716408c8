import { parseFork, type Fork } from '../ethereum/fork';
import type { Vector } from './vector';

/**
 * The consensus fork a vector names in its "fork" field; throws when it is missing or unknown.
 * https://github.com/ethereum/consensus-specs/tree/dev/specs
 */
export function forkOf(vector: Vector): Fork {
	if (vector.fork === undefined) throw new Error('missing "fork"');
	return parseFork(vector.fork);
}
