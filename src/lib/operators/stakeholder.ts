import type { Pool } from './pool';

/** A player: its stake and first-pool cost are fixed; its pools and delegations are its strategy. */
export interface Stakeholder {
	readonly id: number;
	readonly stake: number;
	readonly cost: number;
	/** Pools it runs, oldest first. */
	pools: Pool[];
	/** Stake it delegates to others' pools. */
	allocations: Map<Pool, number>;
}

export interface Allocation {
	readonly pool: Pool;
	readonly amount: number;
}
