import { resolve } from '$app/paths';
import type { Fields, Scenario, Schema } from '../scenario/schema';
import { currentDefaults } from '../scenario/schema';
import { serializeScenario } from '../scenario/serializeScenario';
import { staticBuild } from '../staticBuild';
import { nameOfScenario } from '../widgets/namedScenarios';

/**
 * Where a scenario's data downloads as CSV: `/w/<slug>/<name>.csv` for a named scenario, else
 * `/w/<slug>.csv?<canonical query>`. A static host has only the files written at build time (the
 * defaults and the named scenarios), so there any other scenario has no download (its data is
 * still in the figure's table).
 */
export function dataHref(
	slug: string,
	schema: Schema<Fields>,
	scenario: Scenario<Fields>
): string | undefined {
	const query = serializeScenario(schema, scenario);
	const name = nameOfScenario(slug, query);
	if (name) return resolve('/(site)/w/[widget]/[name].csv', { widget: slug, name });
	const isDefault = query === serializeScenario(schema, currentDefaults(schema));
	if (staticBuild && !isDefault) return undefined;
	return `${resolve('/(site)/w/[widget].csv', { widget: slug })}?${query}`;
}
