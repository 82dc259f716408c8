import { slotLengthSeconds, slotsPerEpoch } from '../../model/params/cardanoLedger';
import * as observed from '../../sim/validation/mainnetDistribution';
import json from './articleFigures.json';
import { mainnetMiss, type MigrationArticleFigures } from './articleFigures';
import { NOBODY_MOVES } from './articleRuns';
import { formatShare } from '../../format/percent';

/** A share of all stake to two significant digits: 0.052 -> "5.2 %". */
const formatShareTwo = (share: number) => formatShare(share, 2);

/** The figures computed by `npm run figures:migration`, as the article reads them. */
export const figures = json as unknown as MigrationArticleFigures;

/** Days in an epoch: 432,000 one-second slots. */
export const daysPerEpoch = (slotsPerEpoch.value * slotLengthSeconds.value) / 86_400;

/** "12 epochs (60 days)" */
export function epochsAndDays(epochs: number): string {
	return `${epochs} epochs (${epochs * daysPerEpoch} days)`;
}

/** One row of the article's comparison with mainnet. */
export interface MixRow {
	readonly id: string;
	readonly poolsHoldingHalf: number;
	readonly top500Share: string;
	readonly poolsMakingBlocks: number;
	readonly miss: string;
	readonly isClosest: boolean;
}

export function mixRows(f: MigrationArticleFigures = figures): MixRow[] {
	return f.mixes.map((m, i) => ({
		id: m.id,
		poolsHoldingHalf: m.shape.poolsHoldingHalf,
		top500Share: formatShareTwo(m.shape.top500Share),
		poolsMakingBlocks: Math.round(m.shape.poolsMakingBlocks),
		miss: formatShareTwo(mainnetMiss(m.shape)),
		isClosest: i === f.closest
	}));
}

/** The population in which no delegator ever moves: the start distribution itself. */
export function nobodyMovesRow(f: MigrationArticleFigures = figures): MixRow {
	const row = mixRows(f).find((r) => r.id === NOBODY_MOVES);
	if (row === undefined) throw new Error('the figures have no run in which nobody moves');
	return row;
}

/** The observed row: epoch 256 for the stake shares, epoch 538 for the pools making blocks. */
export const mainnetRow = {
	poolsHoldingHalf: observed.poolsHoldingHalf.value,
	top500Share: formatShareTwo(observed.top500Share.value),
	poolsMakingBlocks: observed.poolsMakingBlocks.value,
	poolsWithStake: observed.poolsWithStake.value
};

export { observed };
