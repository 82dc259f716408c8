import { migrationSchema } from '../../scenario/migration';
import { currentDefaults } from '../../scenario/schema';
import { serializeScenario } from '../../scenario/serializeScenario';
import { namedScenarios } from '../../widgets/Migration/namedScenarios';
import { widgets, type WidgetSlug } from '../../widgets';
import { widgetEntry } from '../../widgets/registry';

export interface KnownScenario {
	readonly slug: WidgetSlug;
	/** Canonical query string, `v=1&…`. */
	readonly query: string;
}

/**
 * The scenarios most links point at: each widget at its defaults and each named migration run.
 * Their previews are rendered when the server starts, and the load test asks for them.
 */
export function wellKnownScenarios(): KnownScenario[] {
	const slugs = Object.keys(widgets) as WidgetSlug[];
	const defaults = slugs.map((slug) => {
		const { schema } = widgetEntry(slug);
		return { slug, query: serializeScenario(schema, currentDefaults(schema)) };
	});
	const migrationDefaults = currentDefaults(migrationSchema);
	const named = namedScenarios.map((n) => ({
		slug: 'migration' as const,
		query: serializeScenario(migrationSchema, n.apply(migrationDefaults))
	}));
	const seen = new Set<string>();
	return [...defaults, ...named].filter(({ slug, query }) => {
		const key = `${slug}?${query}`;
		return !seen.has(key) && seen.add(key);
	});
}
