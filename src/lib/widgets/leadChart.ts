import { serializeScenario } from '../scenario/serializeScenario';
import { currentDefaults } from '../scenario/schema';
import { scenarioUrls } from '../scenario/scenarioUrls';
import { widgets } from './index';
import { widgetEntry } from './registry';

/**
 * The preview image of an article's lead chart: the first widget in the registry whose article is
 * this one (or, for an article without a chart of its own, the widget its frontmatter names), at its
 * defaults, with the title of that preview as the image's description.
 */
export function leadChart(origin: string, articleSlug: string, standIn?: string) {
	const slugs = Object.keys(widgets) as (keyof typeof widgets)[];
	const slug =
		slugs.find((s) => widgets[s].article.startsWith(`${articleSlug}#`)) ??
		slugs.find((s) => s === standIn);
	if (!slug) return undefined;
	const widget = widgetEntry(slug);
	const scenario = currentDefaults(widget.schema);
	const preview = widget.preview(scenario);
	const { image } = scenarioUrls(origin, slug, serializeScenario(widget.schema, scenario));
	return {
		image,
		alt: `${preview.title}. ${preview.keyNumbers.map((k) => `${k.label}: ${k.value}`).join('; ')}.`
	};
}
