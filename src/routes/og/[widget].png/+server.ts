import { error } from '@sveltejs/kit';
import { building } from '$app/environment';
import { linkQuery } from '$lib/scenario/linkQuery';
import { createHash } from 'node:crypto';
import { previewImage, previewNotices } from '$lib/server/cache/previewImages';
import { previewWidth } from '$lib/server/og/previewWidth';
import { staticBuild } from '$lib/staticBuild';
import { widgets } from '$lib/widgets';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

// The static build writes each widget's default preview; a static host serves it for any query.
export const prerender = staticBuild;
export const entries = () => Object.keys(widgets).map((widget) => ({ widget }));

/** A non-canonical query shows the same image; caches keep it briefly and learn the canonical URL. */
const NON_CANONICAL_MAX_AGE = 3600;

/**
 * The preview image of a scenario, from the same model code as the page: 1200x630, or `w` pixels
 * wide (40 px steps, for oEmbed thumbnails) at the same aspect. A query it cannot read as given
 * gets the nearest valid scenario, a line on the image saying what was changed, a short cache and
 * a link to the canonical image.
 */
export async function GET({ params, url, request }) {
	const search = new URLSearchParams(linkQuery(url));
	const width = previewWidth(search.get('w'));
	search.delete('w');
	const found = scenarioFromUrl(params.widget, search);
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	const canonicalPath = `/og/${found.widget.slug}.png?${found.query}${width ? `&w=${width}` : ''}`;
	const isCanonical = building || `${url.pathname}${url.search}` === canonicalPath;
	const notices = previewNotices(found);
	// An image that names what was changed from the link differs from the canonical one.
	const changed = notices.length
		? `-changed-${createHash('sha1').update(notices.join('\n')).digest('hex').slice(0, 12)}`
		: '';
	const headers: Record<string, string> = {
		'content-type': 'image/png',
		etag: `"${found.widget.slug}-${found.query}${width ? `-${width}w` : ''}${changed}"`,
		// The image of a canonical query never changes for a given schema version; any other query
		// (extra keys, out-of-range values, another spelling) is kept only briefly.
		'cache-control': isCanonical
			? 'public, max-age=31536000, immutable'
			: `public, max-age=${NON_CANONICAL_MAX_AGE}`
	};
	if (!isCanonical) {
		headers['content-location'] = canonicalPath;
		headers.link = `<${url.origin}${canonicalPath}>; rel="canonical"`;
	}
	if (request.headers.get('if-none-match') === headers.etag)
		return new Response(null, { status: 304, headers });
	const png = await previewImage(found, width);
	return new Response(png as Uint8Array<ArrayBuffer>, { headers });
}
