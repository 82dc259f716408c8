import { parseScenario } from '../scenario/parseScenario';
import type { Fields, Scenario } from '../scenario/schema';
import { serializeScenario } from '../scenario/serializeScenario';
import { isWidgetSlug, widgetEntry } from './registry';
import type { WidgetEntry } from './types';

export interface ScenarioFromUrl {
	readonly widget: WidgetEntry<Fields>;
	readonly scenario: Scenario<Fields>;
	/** What had to change to make the link's values valid. */
	readonly notices: string[];
	/** The scenario's canonical query string, `v=1&…`. */
	readonly query: string;
}

/** The widget and scenario a link names, made valid; undefined for a slug no widget has. */
export function scenarioFromUrl(
	slug: string,
	search: URLSearchParams
): ScenarioFromUrl | undefined {
	if (!isWidgetSlug(slug)) return undefined;
	const widget = widgetEntry(slug);
	const { scenario, notices } = parseScenario(widget.schema, search);
	return { widget, scenario, notices, query: serializeScenario(widget.schema, scenario) };
}
