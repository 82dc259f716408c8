import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';

describe('content/rewards.svx rendered on the server', () => {
	it('holds both panels, the caption and the live prose numbers', async () => {
		const article = await import('../../content/rewards.svx');
		const { body } = render(article.default);
		const widget = body.slice(body.indexOf('data-widget="rewards"'));
		const paths = [...widget.matchAll(/<path d="(M[^"]+)"/g)].map((m) => m[1]);
		expect(paths).toHaveLength(6);
		for (const d of paths) expect(d).toMatch(/^M[\d.,L]+$/);
		expect(body).toMatch(/<figcaption[^>]*>A pool pledging 400k ada/);
		expect(body).toMatch(
			/Right now the pool pays its delegators\s*<strong>2.54 % a year at\s*saturation and 0.846 % at three times saturation<\/strong>/
		);
		expect(body).toContain('id="what-pledge-buys"');
		expect(body).not.toMatch(/NaN|undefined/);
	});
});
