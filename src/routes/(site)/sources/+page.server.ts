import { siteSourcesTable } from '$lib/content/siteSourcesTable.server';

export function load() {
	const rows = siteSourcesTable().map((row) => ({
		key: row.key,
		group: row.group,
		label: row.param.label,
		value: row.param.value,
		unit: row.param.unit,
		source: row.param.source,
		asOf: row.param.asOf,
		articles: row.articles,
		widgets: row.widgets
	}));
	return { rows };
}
