import { paramCatalogue, type CatalogueEntry } from '../model/params/catalogue';
import { isUsed, paramsReachedFrom, type SourceFiles } from './paramUsage';

export interface SourceRow extends CatalogueEntry {
	/** Article slugs whose page reaches this parameter. */
	readonly articles: string[];
	/** Widget slugs whose component reaches this parameter. */
	readonly widgets: string[];
}

const articleSlug = (path: string) => path.replace(/^content\//, '').replace(/\.svx$/, '');
const widgetRoot = (slug: string) => {
	const name = slug[0].toUpperCase() + slug.slice(1);
	return `src/lib/widgets/${name}/${name}.svelte`;
};

/** The parameters each article (`content/*.svx`) and each widget reaches, by slug. */
export function usageBySlug(files: SourceFiles, widgetSlugs: readonly string[]) {
	const articles = Object.keys(files)
		.filter((p) => /^content\/[^/]+\.svx$/.test(p))
		.map((p) => [articleSlug(p), paramsReachedFrom(p, files)] as const);
	const widgets = widgetSlugs.map((slug) => [slug, paramsReachedFrom(widgetRoot(slug), files)] as const);
	return { articles, widgets };
}

/** Every parameter with the articles and widgets that use it, for the /sources page. */
export function sourcesTable(files: SourceFiles, widgetSlugs: readonly string[]): SourceRow[] {
	const { articles, widgets } = usageBySlug(files, widgetSlugs);
	return paramCatalogue().map((entry) => ({
		...entry,
		articles: articles.filter(([, used]) => isUsed(entry.key, used)).map(([slug]) => slug),
		widgets: widgets.filter(([, used]) => isUsed(entry.key, used)).map(([slug]) => slug)
	}));
}

/** The newest as-of date among the parameters an article uses, or null if it uses none. */
export function lastCheckedOf(slug: string, rows: readonly SourceRow[]): string | null {
	const dates = rows.filter((r) => r.articles.includes(slug)).map((r) => r.param.asOf);
	return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}
