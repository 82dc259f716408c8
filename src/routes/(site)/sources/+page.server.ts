import { siteSources } from '$lib/content/siteSources.server';
import { sourcesTable } from '$lib/content/sourcesTable';
import { widgets } from '$lib/widgets';

export function load() {
	const rows = sourcesTable(siteSources, Object.keys(widgets)).map((row) => ({
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
