/**
 * The absolute addresses a scenario is reached, embedded and previewed at. A named scenario
 * (`name`, see widgets/namedScenarios) has addresses of its own, which a static host can serve
 * with their own preview card; any other scenario is named by its query.
 */
export function scenarioUrls(origin: string, slug: string, query: string, name?: string) {
	const page = name ? `${origin}/w/${slug}/${name}` : `${origin}/w/${slug}?${query}`;
	return {
		page,
		embed: name ? `${origin}/embed/${slug}/${name}` : `${origin}/embed/${slug}?${query}`,
		image: name ? `${origin}/og/${slug}/${name}.png` : `${origin}/og/${slug}.png?${query}`,
		oembed: `${origin}/oembed?url=${encodeURIComponent(page)}&format=json`
	};
}
