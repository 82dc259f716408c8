import { EMBED_OPTION_KEYS } from '../embed/embedOptions';
import { parseScenario } from '../scenario/parseScenario';
import type { Fields, Scenario } from '../scenario/schema';
import { serializeScenario } from '../scenario/serializeScenario';
import { isWidgetSlug, widgetEntry } from './registry';
import type { WidgetEntry } from './types';

/** Query keys that change how a scenario is shown, not the scenario itself. */
export const PRESENTATION_KEYS: readonly string[] = ['frameId', ...EMBED_OPTION_KEYS];

export interface ScenarioFromUrl {
	readonly widget: WidgetEntry<Fields>;
	readonly scenario: Scenario<Fields>;
	/** What had to change to make the link's values valid. */
	readonly notices: string[];
	/** The scenario's canonical query string, `v=1&…`. */
	readonly query: string;
	/**
	 * Whether the link's scenario keys are exactly the canonical query. A link that is not (a
	 * mangled, reordered or defaulted one) must not be answered as if it were the canonical scenario.
	 */
	readonly canonical: boolean;
}

/** The widget and scenario a link names, made valid; undefined for a slug no widget has. */
export function scenarioFromUrl(
	slug: string,
	search: URLSearchParams
): ScenarioFromUrl | undefined {
	if (!isWidgetSlug(slug)) return undefined;
	const widget = widgetEntry(slug);
	const { scenario, notices } = parseScenario(widget.schema, search);
	const query = serializeScenario(widget.schema, scenario);
	const scenarioKeys = new URLSearchParams(
		[...search].filter(([key]) => !PRESENTATION_KEYS.includes(key))
	);
	return { widget, scenario, notices, query, canonical: scenarioKeys.toString() === query };
}
