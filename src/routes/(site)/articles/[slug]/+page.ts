import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import type { ArticleMeta } from '$lib/content/article';

const articles = import.meta.glob<{ default: Component; metadata: ArticleMeta }>('/content/*.svx');

export async function load({ params, data }) {
	const load = articles[`/content/${params.slug}.svx`];
	if (!load) error(404, `There is no article called “${params.slug}”.`);
	const article = await load();
	return { ...data, slug: params.slug, content: article.default, meta: article.metadata };
}
