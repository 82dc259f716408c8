/** The frontmatter every article in content/ carries. */
export interface ArticleMeta {
	title: string;
	summary: string;
	date: string;
	/** Place in the reading order on the index. */
	order: number;
	sources: { title: string; url: string }[];
	/** What changed since first publication and why, newest first. */
	corrections?: { date: string; text: string }[];
	/** The widget whose preview image stands for an article that has no chart of its own. */
	leadChart?: string;
}

export interface ArticleListing extends ArticleMeta {
	slug: string;
	readingMinutes: number;
}

/** The slug of a content file path: `/content/leverage.svx` -> `leverage`. */
export function slugOf(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.svx$/, '');
}
