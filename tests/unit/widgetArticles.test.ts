import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widgets } from '../../src/lib/widgets';
import { widgetEntry } from '../../src/lib/widgets/registry';

describe('every widget names an article section that exists', () => {
	for (const slug of Object.keys(widgets) as (keyof typeof widgets)[]) {
		it(`${slug}: ${widgetEntry(slug).article}`, () => {
			const [article, anchor] = widgetEntry(slug).article.split('#');
			const source = readFileSync(`content/${article}.svx`, 'utf8');
			expect(source).toContain(`id="${anchor}"`);
			expect(source).toMatch(
				new RegExp(`data-widget|<${slug[0].toUpperCase()}${slug.slice(1)}\\b`)
			);
		});
	}
});

describe('every article has the frontmatter the index and the page need', () => {
	const articles = import.meta.glob<Record<string, unknown>>('/content/*.svx', {
		eager: true,
		import: 'metadata'
	});
	for (const [path, meta] of Object.entries(articles)) {
		it(`${path} has a title, summary, ISO date, order and https sources`, () => {
			expect(typeof meta.title).toBe('string');
			expect(typeof meta.summary).toBe('string');
			expect(String(meta.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(typeof meta.order).toBe('number');
			const sources = meta.sources as { title: string; url: string }[];
			expect(sources.length).toBeGreaterThan(0);
			for (const source of sources) expect(source.url).toMatch(/^https:\/\//);
		});
	}
});
