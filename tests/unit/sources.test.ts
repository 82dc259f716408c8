import { describe, expect, it } from 'vitest';
import { lastCheckedOf, sourcesTable } from '../../src/lib/content/sourcesTable';
import { widgets } from '../../src/lib/widgets';
import { readSiteFiles } from './siteFiles';

const rows = sourcesTable(readSiteFiles(), Object.keys(widgets));
const row = (key: string) => {
	const found = rows.find((r) => r.key === key);
	if (!found) throw new Error(`no parameter ${key} on /sources`);
	return found;
};
const articles = ['leverage', 'punishment', 'rewards', 'calculator', 'migration'];

describe('/sources: every parameter and where it is used', () => {
	it('lists every parameter once, each with a source and a date', () => {
		expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
		for (const r of rows) {
			expect(r.param.source, r.key).toMatch(/^https:\/\//);
			expect(r.param.asOf, r.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it.each(articles)('the %s article uses parameters and so has a last-checked date', (slug) => {
		expect(rows.filter((r) => r.articles.includes(slug)).length).toBeGreaterThan(3);
		expect(lastCheckedOf(slug, rows)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('traces k to the leverage and rewards articles and the leverage, rewards and calculator widgets', () => {
		const k = row('cardano.k');
		expect(k.articles).toEqual(expect.arrayContaining(['leverage', 'rewards']));
		expect(k.widgets).toEqual(expect.arrayContaining(['leverage', 'rewards', 'calculator']));
	});

	it('traces the CSM reward share and the Cosmos evidence window to the pages that print them', () => {
		expect(row('lido.csmRewardShare').widgets).toContain('calculator');
		expect(row('lido.csmRewardShare').articles).toEqual(
			expect.arrayContaining(['leverage', 'calculator'])
		);
		expect(row('cosmos.evidenceMaxAgeHours').widgets).toContain('punishment');
		expect(row('cosmos.evidenceMaxAgeHours').articles).toContain('punishment');
		expect(row('ethereumSlashing.minSlashingPenaltyQuotient.electra').articles).toContain(
			'punishment'
		);
	});

	it('the last-checked date of an article is the newest date among its parameters', () => {
		const dates = rows.filter((r) => r.articles.includes('punishment')).map((r) => r.param.asOf);
		expect(lastCheckedOf('punishment', rows)).toBe([...dates].sort().at(-1));
		expect(lastCheckedOf('no-such-article', rows)).toBeNull();
	});
});
