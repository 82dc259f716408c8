import { error } from '@sveltejs/kit';
import { exportFilename } from '$lib/export/exportFilename';
import { scenarioCsv } from '$lib/server/cache/scenarioCsv';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

/**
 * The numbers a widget shows for a scenario, as CSV. A link with wrong values gets the nearest
 * valid scenario, like the widget's page; the file name and the `x-scenario-query` header name
 * the scenario the numbers are for. Each canonical query is computed once while cached (a
 * mainnet migration run takes seconds).
 */
export async function GET({ params, url }) {
	const found = scenarioFromUrl(params.widget, url.searchParams);
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	const csv = await scenarioCsv(found);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${exportFilename(params.widget, found.query, 'csv')}"`,
			'x-scenario-query': found.query,
			'cache-control': 'public, max-age=3600'
		}
	});
}
