import type { LeverageToday } from '../../model/designs/leverageToday';

/** The bonded designs running today with the least and the most leverage, and Rocket Pool's. */
export interface BondedToday {
	readonly lowest: LeverageToday;
	readonly highest: LeverageToday;
	readonly rocketPool: LeverageToday;
}

/**
 * From the model's catalogue of designs in use (`leverageToday`, sorted from least to most
 * leverage): the range of those with a bond (finite leverage) and the Rocket Pool megapool.
 */
export function bondedToday(today: readonly LeverageToday[]): BondedToday {
	const bonded = today.filter((d) => Number.isFinite(d.leverage));
	const rocketPool = today.find((d) => d.id === 'rocket-pool-4');
	if (bonded.length === 0 || !rocketPool) throw new Error('the catalogue lost its bonded designs');
	return { lowest: bonded[0], highest: bonded[bonded.length - 1], rocketPool };
}
