import { resolve } from '$app/paths';
import type { Fields, Scenario, Schema } from '../scenario/schema';
import { currentDefaults } from '../scenario/schema';
import { serializeScenario } from '../scenario/serializeScenario';
import { staticBuild } from '../staticBuild';
import { nameOfScenario } from '../widgets/namedScenarios';

export interface ExportHrefs {
	/** The plotted numbers as CSV. */
	readonly csv: string;
	/** The chart with its title, caption, source and link as SVG, text outlined. */
	readonly svg: string;
	/** The same figure as PNG at twice its size, for slides. */
	readonly png: string;
}

/**
 * Where a scenario's data and figure download: `/w/<slug>/<name>.<csv|svg|png>` for a named
 * scenario, else `/w/<slug>.<csv|svg|png>?<canonical query>`. A static host has only the files
 * written at build time (the defaults and the named scenarios), so there any other scenario has
 * no downloads (its numbers are still in the figure's table).
 */
export function exportHrefs(
	slug: string,
	schema: Schema<Fields>,
	scenario: Scenario<Fields>
): ExportHrefs | undefined {
	const query = serializeScenario(schema, scenario);
	const name = nameOfScenario(slug, query);
	if (name)
		return {
			csv: resolve('/(site)/w/[widget]/[name].csv', { widget: slug, name }),
			svg: resolve('/(site)/w/[widget]/[name].svg', { widget: slug, name }),
			png: resolve('/(site)/w/[widget]/[name].png', { widget: slug, name })
		};
	if (staticBuild && query !== serializeScenario(schema, currentDefaults(schema))) return undefined;
	return {
		csv: `${resolve('/(site)/w/[widget].csv', { widget: slug })}?${query}`,
		svg: `${resolve('/(site)/w/[widget].svg', { widget: slug })}?${query}`,
		png: `${resolve('/(site)/w/[widget].png', { widget: slug })}?${query}&scale=2`
	};
}
