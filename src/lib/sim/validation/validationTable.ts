import type { CaseResult } from './runCase';

const fixed = (x: number, digits: number) => x.toFixed(digits);

/** Columns of the validation table, one row per run. */
export const tableHeader = [
	'case',
	'seed',
	'result',
	'settled by epoch',
	'largest / z0',
	'near z0 (predicted)',
	'excess (z0)',
	'over 1.02: pledge/desirability/unexplained',
	'would move',
	'in top k',
	'pools with delegations',
	'k change: near z0 before (predicted)'
];

export function tableRow(r: CaseResult): string[] {
	const { end } = r;
	return [
		r.id,
		String(r.seed),
		r.kind === 'myopic'
			? r.movesAtEnd === 0 && end.unexplained > 0
				? 'stuck'
				: 'report'
			: r.failures.length === 0
				? 'pass'
				: 'FAIL',
		String(r.settledBy),
		fixed(end.maxRatio, 3),
		`${end.nearSaturated} (${end.predicted})`,
		fixed(end.excess, 1),
		`${end.over}: ${end.byPledge}/${end.byDesirability}/${end.unexplained}`,
		String(end.wouldMove),
		`${fixed(100 * end.topShare, 1)} %`,
		String(end.poolsWithDelegations),
		r.before ? `${r.before.nearSaturated} (${r.before.predicted})` : ''
	];
}

/** A plain-text table with aligned columns, then each failure on its own line. */
export function validationTable(results: readonly CaseResult[]): string {
	const rows = [tableHeader, ...results.map(tableRow)];
	const widths = tableHeader.map((_, c) => Math.max(...rows.map((row) => row[c].length)));
	const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join(' | '));
	lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('-|-'));
	for (const r of results)
		for (const f of r.failures) lines.push(`FAIL ${r.id}, seed ${r.seed}: ${f}`);
	return lines.join('\n');
}
