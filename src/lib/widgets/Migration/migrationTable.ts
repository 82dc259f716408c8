import type { MigrationFrame } from './migrationRun';

export interface TopPool {
	readonly rank: number;
	readonly stakeAda: number;
	readonly ratio: number;
	readonly pledgeAda: number;
	/** Stake gained (+) or lost (−) in the last epoch, ada. */
	readonly changeAda: number;
}

/** The `count` largest pools of the frame, with their pledge and last epoch's change. */
export function topPools(frame: MigrationFrame, count = 10): TopPool[] {
	const { stake, previousStake, pledge, points } = frame;
	const saturation = points[points.length - 1].saturationAda;
	return Array.from(stake.keys())
		.sort((a, b) => stake[b] - stake[a] || a - b)
		.slice(0, count)
		.map((p, i) => ({
			rank: i + 1,
			stakeAda: stake[p],
			ratio: stake[p] / saturation,
			pledgeAda: pledge[p],
			changeAda: stake[p] - previousStake[p]
		}));
}
