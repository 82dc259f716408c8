import type { ScenarioFromUrl } from '../widgets/scenarioFromUrl';
import { toCsv } from './csv';
import { exportFilename } from './exportFilename';

/**
 * A scenario's plotted numbers as a CSV download. The file name and the `x-scenario-query` header
 * name the scenario the numbers are for.
 */
export function csvResponse(found: ScenarioFromUrl): Response {
	const csv = toCsv(found.widget.data(found.scenario));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${exportFilename(found.widget.slug, found.query, 'csv')}"`,
			'x-scenario-query': found.query,
			'cache-control': 'public, max-age=3600'
		}
	});
}
