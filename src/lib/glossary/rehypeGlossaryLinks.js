// A rehype step of the articles' mdsvex pipeline: the first use of each glossary term in an
// article becomes a <GlossaryTerm> (a link to /glossary#term that shows the definition on hover,
// focus or tap), so no article marks its terms by hand and a new article gets them too.

/**
 * @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: Node[] }} Node
 * @typedef {{ id: string, pattern: RegExp }} TermPattern
 */

/**
 * Elements whose text is never linked: headings, links, code, maths, scripts, and quotations,
 * which stay exactly as their authors wrote them.
 */
const SKIP = new Set([
	'a',
	'blockquote',
	'q',
	'code',
	'pre',
	'script',
	'style',
	'svg',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6'
]);

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * One pattern per term: its forms, longest first, as whole words. Forms of two letters or fewer
 * (k, a0) match only as written, so "K" in a name is not the parameter.
 * @param {Record<string, string[]>} forms
 */
function patterns(forms) {
	return Object.entries(forms).map(([id, words]) => {
		const short = words.every((w) => w.length <= 2);
		const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
		return {
			id,
			pattern: new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, short ? 'g' : 'gi')
		};
	});
}

/**
 * Ranges of a text inside Svelte expressions `{…}`, which are code, not prose.
 * @param {string} text
 */
function expressionRanges(text) {
	/** @type {[number, number][]} */
	const ranges = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '{' && depth++ === 0) start = i;
		else if (text[i] === '}' && depth > 0 && --depth === 0) ranges.push([start, i + 1]);
	}
	if (depth > 0) ranges.push([start, text.length]);
	return ranges;
}

/**
 * The earliest use of a term not yet linked in a text, outside expressions.
 * @param {string} text
 * @param {TermPattern[]} terms
 * @param {Set<string>} linked
 */
function firstUse(text, terms, linked) {
	const code = expressionRanges(text);
	/** @type {{ id: string, at: number, word: string } | undefined} */
	let best;
	for (const { id, pattern } of terms) {
		if (linked.has(id)) continue;
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
			const at = m.index;
			if (code.some(([a, b]) => at >= a && at < b)) continue;
			if (!best || at < best.at) best = { id, at, word: m[0] };
			break;
		}
	}
	return best;
}

/** @param {Node} node */
const isKatex = (node) =>
	[node.properties?.className ?? []].flat().some((c) => String(c).startsWith('katex'));

/**
 * @param {{ forms: Record<string, string[]>, component: string, from: string }} options the
 *   forms each glossary id takes in prose, and the component (and module) that shows a term
 */
export default function rehypeGlossaryLinks({ forms, component, from }) {
	const terms = patterns(forms);
	/** @param {Node} tree */
	return (tree) => {
		/** @type {Set<string>} */
		const linked = new Set();
		/** @param {Node} parent */
		const visit = (parent) => {
			const children = parent.children ?? [];
			for (let i = 0; i < children.length; i++) {
				const node = children[i];
				if (node.type === 'element') {
					if (!SKIP.has(node.tagName ?? '') && !isKatex(node)) visit(node);
					continue;
				}
				if (node.type !== 'text' || !node.value) continue;
				const use = firstUse(node.value, terms, linked);
				if (!use) continue;
				linked.add(use.id);
				const after = node.value.slice(use.at + use.word.length);
				children.splice(
					i,
					1,
					{ type: 'text', value: node.value.slice(0, use.at) },
					{
						type: 'element',
						tagName: component,
						properties: { id: use.id },
						children: [{ type: 'text', value: use.word }]
					},
					{ type: 'text', value: after }
				);
				// The rest of the text may hold the first use of another term.
				i += 1;
			}
		};
		visit(tree);
		if (linked.size === 0) return;
		const importLine = `\n\timport ${component} from '${from}';`;
		const script = (tree.children ?? []).find(
			(n) =>
				n.type === 'raw' &&
				/^<script(?![^>]*(context="module"|\bmodule\b))[^>]*>/.test(n.value ?? '')
		);
		if (script?.value)
			script.value = script.value.replace(
				/^<script[^>]*>/,
				(/** @type {string} */ open) => `${open}${importLine}`
			);
		else (tree.children ??= []).unshift({ type: 'raw', value: `<script>${importLine}\n</script>` });
	};
}
