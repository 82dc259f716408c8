import { scenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { renderCache } from './renderCache';

export interface CachedPage {
	readonly status: number;
	readonly headers: [string, string][];
	readonly body: Uint8Array;
}

/** Rendered pages are 20–60 KB; 24 MB keeps several hundred. PAGE_CACHE_MB overrides. */
const MAX_BYTES = Number(process.env.PAGE_CACHE_MB ?? 24) * 1024 * 1024;

export const pageCache = renderCache<CachedPage>(
	MAX_BYTES,
	(page) => page.body.byteLength + 1024,
	(page) => page.status === 200
);

/**
 * The cache key of a page request whose HTML is the same for everyone, or undefined. That is the
 * home page and articles without a query, and scenario and embed pages at a canonical query (or
 * none): any other spelling of a scenario shows a notice of what was changed, and frameId
 * differs per iframe. The origin is part of the key because pages carry absolute links.
 */
export function cacheablePageKey(url: URL): string | undefined {
	const { pathname, search } = url;
	if (pathname === '/' || /^\/articles\/[a-z0-9-]+$/.test(pathname))
		return search === '' ? `${url.origin}${pathname}` : undefined;
	const match = /^\/(w|embed)\/([a-z0-9-]+)$/.exec(pathname);
	if (!match) return undefined;
	const found = scenarioFromUrl(match[2], url.searchParams);
	if (!found || (search !== '' && search !== `?${found.query}`)) return undefined;
	return `${url.origin}${pathname}${search}`;
}
