/** A column of exported data: what it holds and in what unit (empty for labels and counts). */
export interface DataColumn {
	readonly label: string;
	readonly unit?: string;
}

export type DataCell = number | string | boolean;

/** One table of a widget's data, numbers as the model computed them (unrounded). */
export interface DataTable {
	readonly title: string;
	readonly columns: readonly DataColumn[];
	readonly rows: readonly (readonly DataCell[])[];
}

export function defineDataTable(table: DataTable): DataTable {
	for (const row of table.rows)
		if (row.length !== table.columns.length)
			throw new Error(
				`${table.title}: a row has ${row.length} cells for ${table.columns.length} columns`
			);
	return table;
}
