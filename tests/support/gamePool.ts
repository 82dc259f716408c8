import type { Pool } from '../../src/lib/operators/pool';

/** A pool of the operators game as a test names it: its owner is itself unless named, the rest empty. */
export function gamePool(fields: Pick<Pool, 'id'> & Partial<Pool>): Pool {
	return {
		owner: fields.id,
		pledge: 0,
		cost: 0,
		margin: 0,
		potentialProfit: 0,
		desirability: 0,
		threshold: 0,
		stake: 0,
		isPrivate: false,
		delegators: new Map(),
		rank: -1,
		...fields
	};
}
