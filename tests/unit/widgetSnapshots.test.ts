import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { currentDefaults, type Fields, type Schema } from '../../src/lib/scenario/schema';
import { widgets } from '../../src/lib/widgets';
import { widgetEntry } from '../../src/lib/widgets/registry';
import { normaliseSvg } from './normaliseSvg';

function renderWidget(component: Component<never>, schema: Schema<Fields>): string {
	const props = { scenario: currentDefaults(schema), onchange: () => {} };
	return render(component as Component<typeof props>, { props }).body;
}

describe('normaliseSvg', () => {
	it('strips hydration comments and class hashes and rounds numbers to 3 dp', () => {
		expect(
			normaliseSvg('<!--[--><path class="svelte-1x2y3z" d="M0.12345,99.99999L1e-7,3"/><!--]-->')
		).toBe('<path d="M0.123,100L0,3"/>\n');
	});
	it('leaves out JSON data blocks', () => {
		expect(
			normaliseSvg(
				'<div><script type="application/json" id="s1-served">{"a":1}</script><p></p></div>'
			)
		).toBe('<div>\n<p>\n</p>\n</div>\n');
	});
});

describe('widgets rendered on the server with their default scenario', () => {
	for (const slug of Object.keys(widgets) as (keyof typeof widgets)[]) {
		it(`${slug} matches snapshots/${slug}.svg`, async () => {
			const { loadComponent, schema } = widgetEntry(slug);
			const component = (await loadComponent()) as Component<never>;
			const markup = normaliseSvg(renderWidget(component, schema));
			expect(markup).toContain(`data-widget="${slug}"`);
			expect(markup).not.toMatch(/NaN|undefined/);
			await expect(markup).toMatchFileSnapshot(`snapshots/${slug}.svg`);
		});
	}
});
