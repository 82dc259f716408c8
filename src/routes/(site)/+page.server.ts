import { slugOf, type ArticleListing, type ArticleMeta } from '$lib/content/article';
import { readingMinutes } from '$lib/content/readingMinutes';

const metadata = import.meta.glob<ArticleMeta>('/content/*.svx', {
	eager: true,
	import: 'metadata'
});
const sources = import.meta.glob<string>('/content/*.svx', {
	eager: true,
	query: '?raw',
	import: 'default'
});

export function load(): { articles: ArticleListing[] } {
	const articles = Object.entries(metadata).map(([path, meta]) => ({
		...meta,
		slug: slugOf(path),
		readingMinutes: readingMinutes(sources[path] ?? '')
	}));
	articles.sort((a, b) => a.order - b.order || a.date.localeCompare(b.date));
	return { articles };
}
