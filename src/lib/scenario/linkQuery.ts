import { building } from '$app/environment';

/** A link's query as a page may read it: none while prerendering, which has no query. */
export function linkQuery(url: URL): URLSearchParams {
	return building ? new URLSearchParams() : url.searchParams;
}
