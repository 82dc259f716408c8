import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ArticlePage from '../../src/routes/(site)/articles/[slug]/+page.svelte';
import { load } from '../../src/routes/(site)/articles/[slug]/+page';
import { load as loadServer } from '../../src/routes/(site)/articles/[slug]/+page.server';

const slugs = Object.keys(import.meta.glob('/content/*.svx')).map((path) =>
	path.replace(/^.*\/|\.svx$/g, '')
);

describe('every widget in every article offers its scenario page', () => {
	for (const slug of slugs) {
		it(`${slug}: one "Share or embed this scenario" link per widget, to that widget's page`, async () => {
			const url = new URL(`https://example.org/articles/${slug}`);
			const data = await load({
				params: { slug },
				url,
				data: loadServer({ params: { slug }, url } as Parameters<typeof loadServer>[0])
			} as Parameters<typeof load>[0]);
			const { body, head } = render(ArticlePage, { props: { data } });
			const widgets = [...body.matchAll(/data-widget="(\w+)"/g)].map((m) => m[1]);
			const links = [
				...body.matchAll(/<a href="\/w\/(\w+)\?v=\d[^"]*"[^>]*>Share or embed this scenario/g)
			].map((m) => m[1]);
			expect(links).toEqual(widgets);
			expect(head).toContain('property="article:published_time"');
			// An article without a chart of its own has no lead chart to show in its card.
			if (widgets.length > 0) expect(head).toContain('name="twitter:image:alt"');
		});
	}
});
