import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import forms from '../../src/lib/glossary/forms.json';
import { glossary, glossaryTerm } from '../../src/lib/glossary/terms';

/** Terms each article explains, whose first use must link to the glossary. */
const expected: Record<string, string[]> = {
	rewards: ['epoch', 'pledge', 'saturation', 'margin', 'fixed-cost'],
	leverage: ['leverage', 'pledge', 'bond', 'saturation', 'slashing'],
	punishment: ['slashing', 'validator', 'correlation-penalty', 'unbonding'],
	migration: ['pledge', 'margin', 'epoch', 'saturation'],
	operators: ['saturation', 'pledge', 'margin', 'nakamoto-coefficient'],
	calculator: ['validator', 'bond', 'exit-queue'],
	'case-for-each-side': ['slashing', 'churn', 'cip-50', 'liquid-staking-token']
};

const entities = (html: string) =>
	html
		.replace(/&#39;|&rsquo;/g, '’')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"');

describe('glossary links in the articles', () => {
	it('every form names a glossary term, and every term has forms', () => {
		expect(Object.keys(forms).sort()).toEqual(glossary.map((t) => t.id).sort());
	});

	for (const [slug, ids] of Object.entries(expected)) {
		it(`${slug}: the first use of ${ids.join(', ')} links to the glossary with its definition`, async () => {
			const article = await import(`../../content/${slug}.svx`);
			const body = entities(render(article.default).body);
			for (const id of ids) {
				const links = [...body.matchAll(new RegExp(`<a href="/glossary#${id}"`, 'g'))];
				expect(links, `${slug}: ${id}`).toHaveLength(1);
				expect(body).toContain(`aria-describedby="glossary-tip-${id}"`);
				const tip = new RegExp(
					`<span class="tip[^"]*" role="tooltip" id="glossary-tip-${id}"[^>]*><strong>[^<]*:</strong> ([^<]*)</span>`
				).exec(body);
				expect(tip?.[1]).toBe(glossaryTerm(id).definition);
			}
			// No term is linked twice, and the markup's source has each id at most once.
			const all = [...body.matchAll(/<a href="\/glossary#([a-z0-9-]+)"/g)].map((m) => m[1]);
			expect(new Set(all).size).toBe(all.length);
		}, 30_000);
	}

	it('links the first use, not a later one: no “epoch” or “pledge” before the rewards links', async () => {
		const article = await import('../../content/rewards.svx');
		const body = render(article.default).body;
		for (const [id, word] of [
			['epoch', /\bepochs?\b/i],
			['pledge', /\bpledge\b/i]
		] as const) {
			const linked = body.indexOf(`href="/glossary#${id}"`);
			expect(linked).toBeGreaterThan(0);
			const before = body.slice(0, linked).replace(/<[^>]*>/g, ' ');
			expect(before).not.toMatch(word);
			expect(body.slice(linked + 100)).toMatch(word);
		}
	}, 30_000);
});
