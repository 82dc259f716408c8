import { slugOf, type ArticleListing, type ArticleMeta } from '$lib/content/article';
import { readingMinutes } from '$lib/content/readingMinutes';
import { scenarioUrls } from '$lib/scenario/scenarioUrls';
import { serializeScenario } from '$lib/scenario/serializeScenario';
import { widgets } from '$lib/widgets';
import { leadChart } from '$lib/widgets/leadChart';
import { widgetEntry } from '$lib/widgets/registry';

const metadata = import.meta.glob<ArticleMeta>('/content/*.svx', {
	eager: true,
	import: 'metadata'
});
const sources = import.meta.glob<string>('/content/*.svx', {
	eager: true,
	query: '?raw',
	import: 'default'
});

export interface WidgetListing {
	slug: string;
	title: string;
	context: string;
}

export interface ArticleCard extends ArticleListing {
	/** The preview image of the article's chart in its default scenario, when it has one. */
	thumbnail?: string;
}

/** The preview image of a widget's default scenario. */
function defaultImage(origin: string, slug: keyof typeof widgets): string {
	const widget = widgetEntry(slug);
	const query = serializeScenario(widget.schema, widget.schema.defaults[widget.schema.version]);
	return scenarioUrls(origin, slug, query).image;
}

/** The widget an article without a chart of its own names in its frontmatter, if it exists. */
function standIn(slug: string | undefined): keyof typeof widgets | undefined {
	return slug && slug in widgets ? (slug as keyof typeof widgets) : undefined;
}

export function load({ url }): {
	articles: ArticleCard[];
	widgets: WidgetListing[];
	origin: string;
	lead: ReturnType<typeof leadChart>;
} {
	const chartOf = (slug: string) =>
		(Object.keys(widgets) as (keyof typeof widgets)[]).find(
			(w) => widgets[w].article.split('#')[0] === slug
		);
	const articles = Object.entries(metadata).map(([path, meta]) => {
		const slug = slugOf(path);
		const chart = chartOf(slug) ?? standIn(meta.leadChart);
		return {
			...meta,
			slug,
			readingMinutes: readingMinutes(sources[path] ?? ''),
			thumbnail: chart && defaultImage(url.origin, chart)
		};
	});
	articles.sort((a, b) => a.order - b.order || a.date.localeCompare(b.date));
	const widgetList = Object.values(widgets).map(({ slug, title, context }) => ({
		slug,
		title,
		context
	}));
	return {
		articles,
		widgets: widgetList,
		origin: url.origin,
		// The site's preview card: the lead chart of the first article in reading order.
		lead: articles[0] && leadChart(url.origin, articles[0].slug)
	};
}
