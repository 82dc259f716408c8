import { describe, expect, it } from 'vitest';
import { load } from '../../src/routes/(site)/+page.server';

describe('the home page lists the articles in reading order', () => {
	it('puts the case for each side after the articles it draws on', () => {
		const slugs = load({ url: new URL('http://localhost/') } as Parameters<
			typeof load
		>[0]).articles.map((article) => article.slug);
		expect(slugs).toContain('case-for-each-side');
		const caseIndex = slugs.indexOf('case-for-each-side');
		for (const slug of ['leverage', 'punishment', 'rewards'])
			expect(slugs.indexOf(slug)).toBeLessThan(caseIndex);
	});
});
