import { lessons } from '../educators/lessons';
import { parseScenario } from '../scenario/parseScenario';
import { currentDefaults } from '../scenario/schema';
import { serializeScenario } from '../scenario/serializeScenario';
import { namedScenarios as migrationRuns } from './Migration/namedScenarios';
import { widgets, type WidgetSlug } from './index';
import { widgetEntry } from './registry';
import { scenarioFromUrl, type ScenarioFromUrl } from './scenarioFromUrl';

/**
 * A scenario worth a page of its own: `/w/<slug>/<name>`, `/embed/<slug>/<name>` and
 * `/og/<slug>/<name>.png`. A static host cannot tell queries apart, so these are the scenarios
 * the static build can serve with their own preview card and data.
 */
export interface NamedScenarioLink {
	readonly slug: WidgetSlug;
	/** Lower-case words joined by hyphens, unique within the widget. */
	readonly name: string;
	readonly title: string;
	/** Canonical query string, `v=1&…`. */
	readonly query: string;
}

/** `The thread’s example` → `the-threads-example`. */
export function scenarioName(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[’'`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function canonical(slug: WidgetSlug, query: string): string {
	const { schema } = widgetEntry(slug);
	return serializeScenario(schema, parseScenario(schema, query).scenario);
}

function collect(): NamedScenarioLink[] {
	const migrationDefaults = currentDefaults(widgets.migration.schema);
	const runs = migrationRuns.map((run) => ({
		slug: 'migration' as const,
		name: run.id,
		title: run.label,
		query: serializeScenario(widgets.migration.schema, run.apply(migrationDefaults))
	}));
	const classroom = (Object.keys(lessons) as WidgetSlug[]).flatMap((slug) =>
		lessons[slug].scenarios.map((s) => ({
			slug,
			name: scenarioName(s.title),
			title: s.title,
			query: canonical(slug, s.query)
		}))
	);
	// A widget's defaults already have their page; a scenario reached twice keeps its first name.
	const seen = new Set<string>();
	return [...runs, ...classroom].filter(({ slug, name, query }) => {
		const { schema } = widgetEntry(slug);
		if (query === serializeScenario(schema, currentDefaults(schema))) return false;
		const keys = [`${slug}?${query}`, `${slug}/${name}`];
		if (keys.some((k) => seen.has(k))) return false;
		keys.forEach((k) => seen.add(k));
		return true;
	});
}

let all: NamedScenarioLink[] | undefined;

/** Every named scenario of every widget, each scenario and each name once. */
export function namedScenarioLinks(): readonly NamedScenarioLink[] {
	all ??= collect();
	return all;
}

export function namedScenarioLink(slug: string, name: string): NamedScenarioLink | undefined {
	return namedScenarioLinks().find((n) => n.slug === slug && n.name === name);
}

/** The name of a widget's scenario, if it has one. */
export function nameOfScenario(slug: string, query: string): string | undefined {
	return namedScenarioLinks().find((n) => n.slug === slug && n.query === query)?.name;
}

/**
 * The query a named scenario's address stands for: the scenario's own, with the link's
 * presentation keys (embed options); a link that sets scenario keys of its own is read as it is.
 */
export function namedScenarioQuery(
	named: NamedScenarioLink,
	search: URLSearchParams,
	presentationKeys: readonly string[]
): URLSearchParams {
	if ([...search.keys()].some((key) => !presentationKeys.includes(key))) return search;
	const query = new URLSearchParams(named.query);
	for (const [key, value] of search) query.append(key, value);
	return query;
}

/** The scenario a named address stands for; undefined for a name the widget does not have. */
export function foundNamedScenario(slug: string, name: string): ScenarioFromUrl | undefined {
	const named = namedScenarioLink(slug, name);
	return named && scenarioFromUrl(named.slug, new URLSearchParams(named.query));
}
