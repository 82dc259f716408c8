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
			/Right now the pool pays its delegators\s*<strong>2.6 % a year at\s*saturation and 0.867 % at three times saturation<\/strong>/
		);
		expect(body).toContain('id="what-pledge-buys"');
		expect(body).not.toMatch(/NaN|undefined/);
	});
});

describe('content/punishment.svx rendered on the server', () => {
	it('holds both panels, the caption and the live prose', async () => {
		const article = await import('../../content/punishment.svx');
		const { body } = render(article.default);
		const widget = body.slice(body.indexOf('data-widget="punishment"'));
		expect([...widget.matchAll(/<rect /g)]).toHaveLength(7);
		expect([...widget.matchAll(/<path d="M[\d.,L]+"/g)]).toHaveLength(2);
		expect(body).toMatch(/<figcaption[^>]*>Evidence decidable on day 7 can still punish/);
		expect(body).toMatch(
			/the operator’s stake can still be punished on\s*Ethereum and Polkadot<\/strong>/
		);
		expect(body).toContain('18.2 days later');
		expect(body).not.toMatch(/NaN|undefined/);
	});
});
