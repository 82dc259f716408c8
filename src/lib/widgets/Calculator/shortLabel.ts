import type { WayId } from './wayOfStaking';

/** Names short enough for axis ticks and preview titles. */
export const shortLabel: Record<WayId, string> = {
	solo: 'solo',
	'rocket-pool': 'Rocket Pool',
	csm: 'CSM',
	'csm-ics': 'CSM ICS',
	steth: 'stETH',
	reth: 'rETH',
	cardano: 'Cardano'
};
