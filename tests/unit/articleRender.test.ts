import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';

describe('content/leverage.svx rendered on the server', () => {
	it('holds the whole chart, its caption and the live prose number', async () => {
		const article = await import('../../content/leverage.svx');
		const { body } = render(article.default);
		const widget = body.slice(body.indexOf('data-widget="leverage"'));
		const paths = [...widget.matchAll(/<path d="(M[^"]+)"/g)].map((m) => m[1]);
		// Five lines; the thread's example is a point on your operator's line.
		expect(paths).toHaveLength(5);
		for (const d of paths) expect(d).toMatch(/^M[\d.,L]+$/);
		expect(body).toMatch(/<figcaption[^>]*>With 1 ETH of its own and 9 ETH delegated/);
		expect(body).toMatch(
			/Right now that operator steers\s*<strong>10 ETH with 10× leverage<\/strong>/
		);
		expect(body).toContain('class="katex"');
	}, 30_000);

	it('carries the frontmatter as metadata', async () => {
		const { metadata } = await import('../../content/leverage.svx');
		expect(metadata.title).toMatch(/^Leverage/);
		expect(Array.isArray(metadata.sources)).toBe(true);
	});
});
