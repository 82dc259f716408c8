import type { Rng } from '../../src/lib/sim/rng';

/**
 * An rng that returns `draws` in order, then throws: a test that uses it states exactly what is
 * drawn, and fails if the code under test draws more often.
 */
export function scriptedRng(...draws: number[]): Rng {
	let next = 0;
	return () => {
		if (next >= draws.length) throw new Error(`drawn more than ${draws.length} times`);
		return draws[next++];
	};
}
