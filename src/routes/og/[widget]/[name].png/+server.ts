import { error } from '@sveltejs/kit';
import { previewImage } from '$lib/server/cache/previewImages';
import { staticBuild } from '$lib/staticBuild';
import { foundNamedScenario, namedScenarioLinks } from '$lib/widgets/namedScenarios';

export const prerender = staticBuild;
export const entries = () => namedScenarioLinks().map(({ slug, name }) => ({ widget: slug, name }));

/** A name may come to stand for another scenario when the site changes: caches keep it a day. */
const NAMED_MAX_AGE = 86400;

/** The preview image of a named scenario. */
export async function GET({ params, request }) {
	const found = foundNamedScenario(params.widget, params.name);
	if (!found) error(404, `There is no scenario called “${params.name}”.`);
	const headers = {
		'content-type': 'image/png',
		etag: `"${found.widget.slug}-${found.query}"`,
		'cache-control': `public, max-age=${NAMED_MAX_AGE}`
	};
	if (request.headers.get('if-none-match') === headers.etag)
		return new Response(null, { status: 304, headers });
	const png = await previewImage(found);
	return new Response(png as Uint8Array<ArrayBuffer>, { headers });
}
