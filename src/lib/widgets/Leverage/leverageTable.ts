import { logSpace } from '../../model/logSpace';
import { DELEGATED_DOMAIN, type LeverageView, type SeriesId } from './leverageView';

export interface LeverageRow {
	readonly delegated: number;
	readonly leverage: Record<SeriesId, number>;
	/** The row of the reader's own delegated stake. */
	readonly isCurrent: boolean;
}

/** The chart's numbers as table rows: one per power of ten of delegated stake, plus the reader's. */
export function leverageTable(view: LeverageView): LeverageRow[] {
	const current = view.operator.delegated;
	const decades = logSpace(DELEGATED_DOMAIN[0], DELEGATED_DOMAIN[1], 1).map((d) =>
		Number(d.toPrecision(12))
	);
	const stakes = [...new Set([...decades, current])].sort((a, b) => a - b);
	return stakes.map((delegated) => ({
		delegated,
		isCurrent: delegated === current,
		leverage: Object.fromEntries(view.series.map((s) => [s.id, s.at(delegated)])) as Record<
			SeriesId,
			number
		>
	}));
}
