import { exportFilename } from '../../export/exportFilename';
import type { ScenarioFromUrl } from '../../widgets/scenarioFromUrl';

/**
 * The headers of a scenario's download (data or figure): its type, a file name with the widget
 * and the scenario, the canonical query it answers for, and an hour in caches, as the CSV has.
 * A figure is drawn text and shapes only: its policy lets it run nothing, even opened directly.
 */
export function exportHeaders(
	found: ScenarioFromUrl,
	contentType: string,
	extension: string
): Record<string, string> {
	return {
		'content-type': contentType,
		'content-disposition': `attachment; filename="${exportFilename(found.widget.slug, found.query, extension)}"`,
		'x-scenario-query': found.query,
		'cache-control': 'public, max-age=3600',
		'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
	};
}
