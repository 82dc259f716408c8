import type { DataCell, DataColumn, DataTable } from './dataTable';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, see
 * https://owasp.org/www-community/attacks/CSV_Injection), so text starting with one is prefixed
 * with an apostrophe. Numbers are written as numbers: a negative one stays `-3`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): text that could be a formula is defused, then quoted when needed. */
export function csvCell(value: DataCell): string {
	// Shortest text that reads back as the same double: unrounded. Infinity stays `Infinity`.
	if (typeof value === 'number') return String(value);
	const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const columnHeader = ({ label, unit }: DataColumn): string =>
	unit ? `${label} (${unit})` : label;

const line = (cells: readonly DataCell[]) => cells.map(csvCell).join(',');

/**
 * Tables as CSV: a header row with units, then the rows, lines ending CRLF (RFC 4180). A second
 * table follows after an empty line, under a line with its title; every line is padded to the
 * widest table so a spreadsheet reads the file as one grid. Starts with a byte order mark so
 * Excel reads the units (×, %, ÷) as UTF-8.
 */
export function toCsv(tables: readonly DataTable[]): string {
	const width = Math.max(...tables.map((t) => t.columns.length));
	const pad = (cells: readonly DataCell[]) => [
		...cells,
		...Array<string>(width - cells.length).fill('')
	];
	const blocks = tables.map((table, i) =>
		[
			...(i === 0 ? [] : [pad([]), pad([table.title])]),
			pad(table.columns.map(columnHeader)),
			...table.rows.map(pad)
		].map(line)
	);
	return '\uFEFF' + blocks.flat().join('\r\n') + '\r\n';
}
