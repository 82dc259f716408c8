import { building } from '$app/environment';

/** A link's query as a page may read it: none while prerendering, which has no query. */
export function linkQuery(url: URL): URLSearchParams {
	return queryWhile(url, building);
}

/** The query of `url` as read while prerendering (`prerendering`) or while serving. */
export function queryWhile(url: URL, prerendering: boolean): URLSearchParams {
	return prerendering ? new URLSearchParams() : url.searchParams;
}
