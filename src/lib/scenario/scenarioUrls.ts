/** The absolute addresses a scenario is reached, embedded and previewed at. */
export function scenarioUrls(origin: string, slug: string, query: string) {
	const page = `${origin}/w/${slug}?${query}`;
	return {
		page,
		embed: `${origin}/embed/${slug}?${query}`,
		image: `${origin}/og/${slug}.png?${query}`,
		oembed: `${origin}/oembed?url=${encodeURIComponent(page)}&format=json`
	};
}
