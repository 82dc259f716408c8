import { slugOf, type ArticleMeta } from '$lib/content/article';
import { readingMinutes } from '$lib/content/readingMinutes';
import { widgets } from '$lib/widgets';
import { leadChart } from '$lib/widgets/leadChart';

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
}

export function load({ url }: { url: URL }) {
	const articles = Object.entries(metadata).map(([path, meta]) => ({
		...meta,
		slug: slugOf(path),
		readingMinutes: readingMinutes(sources[path] ?? '')
	}));
	articles.sort((a, b) => a.order - b.order || a.date.localeCompare(b.date));
	const widgetList = Object.values(widgets).map(({ slug, title }) => ({ slug, title }));
	// The preview card of the site: the lead chart of the first article in reading order.
	const lead = articles[0] && leadChart(url.origin, articles[0].slug);
	return { articles, widgets: widgetList, lead, url: url.href };
}
