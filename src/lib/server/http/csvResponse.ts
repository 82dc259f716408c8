import { exportFilename } from '../../export/exportFilename';
import type { ScenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { scenarioCsv } from '../cache/scenarioCsv';

/**
 * A scenario's plotted numbers as a CSV download. The file name and the `x-scenario-query` header
 * name the scenario the numbers are for. Each canonical query is computed once while cached (a
 * mainnet migration run takes seconds).
 */
export async function csvResponse(found: ScenarioFromUrl): Promise<Response> {
	return new Response(await scenarioCsv(found), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${exportFilename(found.widget.slug, found.query, 'csv')}"`,
			'x-scenario-query': found.query,
			'cache-control': 'public, max-age=3600'
		}
	});
}
