import { error, json } from '@sveltejs/kit';
import { embedCode } from '$lib/embed/embedSnippet';
import { scenarioUrls } from '$lib/scenario/scenarioUrls';
import { namedScenarioLink } from '$lib/widgets/namedScenarios';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';
import { widgetUrls } from '$lib/widgets/widgetUrls';
import { isOwnUrl } from './isOwnUrl';
import { thumbnailSize } from './thumbnailSize';

// oEmbed answers per query: only the Node server offers it, the static build leaves it out.
export const prerender = false;

const DEFAULT_WIDTH = 720;
const DEFAULT_HEIGHT = 800;

/** A positive whole number of pixels from a query value, or undefined. */
function pixels(value: string | null): number | undefined {
	const n = Number(value);
	return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** oEmbed (https://oembed.com) for scenario pages: a rich iframe of the widget's embed page. */
export function GET({ url }) {
	if ((url.searchParams.get('format') ?? 'json') !== 'json')
		error(501, 'Only format=json is offered.');
	let target: URL;
	try {
		target = new URL(url.searchParams.get('url') ?? '');
	} catch {
		error(404, 'The url parameter is not a link to a scenario of this site.');
	}
	const [, slug, name] = /^\/w\/([^/]+)(?:\/([^/]+))?$/.exec(target.pathname) ?? [];
	const named = name === undefined ? undefined : namedScenarioLink(slug, name);
	const query = named && !target.search ? new URLSearchParams(named.query) : target.searchParams;
	const found =
		isOwnUrl(target, url) && slug && (named || name === undefined)
			? scenarioFromUrl(slug, query)
			: undefined;
	if (!found || !slug) error(404, 'The url parameter is not a link to a scenario of this site.');

	const urls = widgetUrls(url.origin, slug, found.query);
	const queryImage = scenarioUrls(url.origin, slug, found.query).image;
	const preview = found.widget.preview(found.scenario);
	const maxWidth = pixels(url.searchParams.get('maxwidth'));
	const maxHeight = pixels(url.searchParams.get('maxheight'));
	const width = Math.min(DEFAULT_WIDTH, maxWidth ?? Infinity);
	const height = Math.min(found.widget.embedHeight ?? DEFAULT_HEIGHT, maxHeight ?? Infinity);
	// The image is drawn at the declared size: a smaller one is the preview route's `w`.
	const thumbnail = thumbnailSize(maxWidth, maxHeight);
	const thumbnailFields = thumbnail && {
		// The query's image (a named scenario's own has no sizes): the same picture, drawn at `w`.
		thumbnail_url: thumbnail.width < 1200 ? `${queryImage}&w=${thumbnail.width}` : urls.image,
		thumbnail_width: thumbnail.width,
		thumbnail_height: thumbnail.height
	};
	return json(
		{
			version: '1.0',
			type: 'rich',
			title: preview.title,
			provider_name: 'Liquid or Locked',
			provider_url: url.origin,
			cache_age: 86400,
			width,
			height,
			// The script keeps the iframe as high as its content on any page, as the site's own snippet does.
			html: embedCode({ src: urls.embed, title: preview.title, width, height }, url.origin),
			...thumbnailFields
		},
		{ headers: { 'cache-control': 'public, max-age=86400', 'access-control-allow-origin': '*' } }
	);
}
