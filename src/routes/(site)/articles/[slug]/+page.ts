import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import type { ArticleMeta } from '$lib/content/article';
import { scenarioUrls } from '$lib/scenario/scenarioUrls';
import { serializeScenario } from '$lib/scenario/serializeScenario';
import { widgets } from '$lib/widgets';
import { widgetEntry } from '$lib/widgets/registry';

const articles = import.meta.glob<{ default: Component; metadata: ArticleMeta }>('/content/*.svx');

export async function load({ params, url }) {
	const load = articles[`/content/${params.slug}.svx`];
	if (!load) error(404, `There is no article called “${params.slug}”.`);
	const article = await load();
	return {
		slug: params.slug,
		content: article.default,
		meta: article.metadata,
		url: `${url.origin}/articles/${params.slug}`,
		lead: leadChart(url.origin, params.slug)
	};
}

/** The preview image of the chart an article explains, in its default scenario. */
function leadChart(origin: string, slug: string) {
	const lead = Object.values(widgets).find((w) => w.article.split('#')[0] === slug);
	if (!lead) return undefined;
	const widget = widgetEntry(lead.slug as keyof typeof widgets);
	const scenario = widget.schema.defaults[widget.schema.version];
	const preview = widget.preview(scenario);
	return {
		image: scenarioUrls(origin, widget.slug, serializeScenario(widget.schema, scenario)).image,
		preview
	};
}
