import { currentDefaults } from '../../scenario/schema';
import { serializeScenario } from '../../scenario/serializeScenario';
import { widgets, type WidgetSlug } from '../../widgets';
import { namedScenarioLinks } from '../../widgets/namedScenarios';
import { widgetEntry } from '../../widgets/registry';

export interface KnownScenario {
	readonly slug: WidgetSlug;
	/** Canonical query string, `v=1&…`. */
	readonly query: string;
}

/**
 * The scenarios most links point at: each widget at its defaults and each named scenario.
 * Their previews are rendered when the server starts, and the load test asks for them.
 */
export function wellKnownScenarios(): KnownScenario[] {
	const slugs = Object.keys(widgets) as WidgetSlug[];
	const defaults = slugs.map((slug) => {
		const { schema } = widgetEntry(slug);
		return { slug, query: serializeScenario(schema, currentDefaults(schema)) };
	});
	const named = namedScenarioLinks().map(({ slug, query }) => ({ slug, query }));
	const seen = new Set<string>();
	return [...defaults, ...named].filter(({ slug, query }) => {
		const key = `${slug}?${query}`;
		return !seen.has(key) && seen.add(key);
	});
}
