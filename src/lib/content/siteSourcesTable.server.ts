import { widgets } from '$lib/widgets';
import { siteSources } from './siteSources.server';
import { sourcesTable, type SourceRow } from './sourcesTable';

let rows: SourceRow[] | undefined;

/**
 * The site's parameters with the articles and widgets that use them, traced once from the source
 * text, which does not change while the server runs (tracing it took an article's render 30 ms).
 */
export function siteSourcesTable(): readonly SourceRow[] {
	rows ??= sourcesTable(siteSources, Object.keys(widgets));
	return rows;
}
