import { describe, expect, it } from 'vitest';
import rehypeGlossaryLinks from './rehypeGlossaryLinks.js';

type Node = {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: Node[];
};
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[], properties = {}): Node => ({
	type: 'element',
	tagName,
	properties,
	children
});

const link = rehypeGlossaryLinks({
	forms: { epoch: ['epochs', 'epoch'], k: ['k'], 'exit-queue': ['exit queue'] },
	component: 'Term',
	from: '$lib/Term.svelte'
});

/** The tree as compact markup, to read what was linked. */
const show = (node: Node): string =>
	node.type === 'text' || node.type === 'raw'
		? (node.value ?? '')
		: node.type === 'root'
			? (node.children ?? []).map(show).join('')
			: `<${node.tagName}${node.properties?.id ? ` ${node.properties.id}` : ''}>${(node.children ?? []).map(show).join('')}</${node.tagName}>`;

function run(children: Node[]) {
	const tree: Node = { type: 'root', children };
	(link as (tree: Node) => void)(tree);
	return show(tree);
}

describe('rehypeGlossaryLinks', () => {
	it('leaves quotations as their authors wrote them, and links the first use after them', () => {
		const out = run([
			el('blockquote', [el('p', [text('Each epoch counts.')])]),
			el('p', [text('An '), el('q', [text('epoch')]), text(' lasts; the epoch ends.')])
		]);
		expect(out).not.toMatch(/<blockquote>.*Term.*<\/blockquote>/);
		expect(out).toContain('<q>epoch</q>');
		expect(out).toContain('the <Term epoch>epoch</Term> ends');
		expect(out.match(/<Term /g)?.length).toBe(1);
	});

	it('links only the first use of each term, in document order', () => {
		expect(
			run([
				el('p', [text('Each epoch the exit queue moves; epochs pass.')]),
				el('p', [text('Another epoch and exit queue.')])
			])
		).toBe(
			"<script>\n\timport Term from '$lib/Term.svelte';\n</script><p>Each <Term epoch>epoch</Term> the <Term exit-queue>exit queue</Term> moves; epochs pass.</p><p>Another epoch and exit queue.</p>"
		);
	});
	it('leaves headings, links, code, maths and Svelte expressions alone', () => {
		const out = run([
			el('h2', [text('The epoch')]),
			el('p', [el('a', [text('epoch')]), el('code', [text('epoch')])]),
			el('p', [el('span', [text('epoch')], { className: ['katex'] })]),
			el('p', [text('{format(x.epoch)} then the Epoch ends')])
		]);
		expect(out).toContain('<h2>The epoch</h2>');
		expect(out).toContain('<a>epoch</a><code>epoch</code>');
		expect(out).toContain('{format(x.epoch)} then the <Term epoch>Epoch</Term> ends');
	});
	it('matches whole words only; a short form only as written', () => {
		const out = run([el('p', [text('400k ada, K-means, epochal, then k = 500')])]);
		expect(out).toBe(
			"<script>\n\timport Term from '$lib/Term.svelte';\n</script><p>400k ada, K-means, epochal, then <Term k>k</Term> = 500</p>"
		);
	});
	it('adds the import to the article’s own script, not the module script', () => {
		const out = run([
			{ type: 'raw', value: '<script context="module">\n</script>' },
			{ type: 'raw', value: '<script>\n\timport X from "x";\n</script>' },
			el('p', [text('one epoch')])
		]);
		expect(out).toContain('<script context="module">\n</script>');
		expect(out).toContain(
			'<script>\n\timport Term from \'$lib/Term.svelte\';\n\timport X from "x";'
		);
	});
	it('changes nothing in an article without terms', () => {
		expect(run([el('p', [text('Nothing here.')])])).toBe('<p>Nothing here.</p>');
	});
});
