import type { ArticleMeta } from '$lib/content/article';
import { siteSourcesTable } from '$lib/content/siteSourcesTable.server';
import { lastCheckedOf } from '$lib/content/sourcesTable';
import { leadChart } from '$lib/widgets/leadChart';

const metadata = import.meta.glob<ArticleMeta>('/content/*.svx', {
	eager: true,
	import: 'metadata'
});

/**
 * The article's preview card (its lead chart's image, made on the server), and the newest date
 * among the parameters the article uses, with how many it uses.
 */
export function load({ params, url }) {
	const rows = siteSourcesTable();
	return {
		lead: leadChart(url.origin, params.slug, metadata[`/content/${params.slug}.svx`]?.leadChart),
		url: `${url.origin}${url.pathname}`,
		lastChecked: lastCheckedOf(params.slug, rows),
		paramCount: rows.filter((r) => r.articles.includes(params.slug)).length
	};
}
