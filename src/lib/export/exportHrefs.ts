import { resolve } from '$app/paths';
import type { Fields, Scenario, Schema } from '../scenario/schema';
import { serializeScenario } from '../scenario/serializeScenario';

export interface ExportHrefs {
	/** The plotted numbers as CSV. */
	readonly csv: string;
	/** The chart with its title, caption, source and link as SVG, text outlined. */
	readonly svg: string;
	/** The same figure as PNG at twice its size, for slides. */
	readonly png: string;
}

/** Where a scenario's data and figure download: `/w/<slug>.<csv|svg|png>?<canonical query>`. */
export function exportHrefs(
	slug: string,
	schema: Schema<Fields>,
	scenario: Scenario<Fields>
): ExportHrefs {
	const query = serializeScenario(schema, scenario);
	return {
		csv: `${resolve('/(site)/w/[widget].csv', { widget: slug })}?${query}`,
		svg: `${resolve('/(site)/w/[widget].svg', { widget: slug })}?${query}`,
		png: `${resolve('/(site)/w/[widget].png', { widget: slug })}?${query}&scale=2`
	};
}
