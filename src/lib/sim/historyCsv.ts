import type { EpochMetrics } from './epochMetrics';

/** The metric history as CSV: a header of metric names, then one row per epoch. */
export function historyCsv(history: readonly EpochMetrics[]): string {
	if (history.length === 0) return '';
	const columns = Object.keys(history[0]) as (keyof EpochMetrics)[];
	const rows = history.map((m) => columns.map((c) => String(m[c] ?? '')).join(','));
	return [columns.join(','), ...rows].join('\n') + '\n';
}
