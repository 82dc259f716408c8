import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary } from './terms';

const article = (slug: string) => readFileSync(`content/${slug}.svx`, 'utf8');

describe('glossary', () => {
	it('has one entry per id, in alphabetical order', () => {
		const ids = glossary.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		const terms = glossary.map((t) => t.term.toLowerCase());
		expect(terms).toEqual([...terms].sort());
	});
	it.each(glossary.map((t) => [t.term, t] as const))(
		'%s: a one-line definition, an https primary source, a section that exists',
		(_, t) => {
			expect(t.definition).toMatch(/^[A-Z].{20,200}\.$/);
			expect(t.definition).not.toContain('\n');
			expect(t.source.url).toMatch(/^https:\/\/\S+$/);
			if (!t.article) return;
			const [slug, anchor] = t.article.split('#');
			expect(article(slug)).toContain(`id="${anchor}"`);
		}
	);
	it('covers the terms the articles are built on', () => {
		for (const id of [
			'epoch',
			'pledge',
			'margin',
			'saturation',
			'slashing',
			'correlation-penalty',
			'exit-queue',
			'churn',
			'bond',
			'leverage',
			'liquid-staking-token',
			'inactivity-leak'
		])
			expect(glossary.map((t) => t.id)).toContain(id);
	});
});
