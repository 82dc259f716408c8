import { describe, expect, it } from 'vitest';
import { bibtexText, citationBibtex, citationText, longDate } from './citation';
import { allParams, newestAsOf } from './paramsAsOf';

const input = {
	slug: 'leverage',
	title: 'Leverage against delegated stake',
	scenario: '1 ETH steering 40M: 40M× leverage',
	url: 'https://x.test/w/leverage?v=1&delegated=40M',
	paramsAsOf: '2026-08-22',
	accessed: '2026-12-02'
};

describe('citations', () => {
	it('writes calendar dates in full, with no time zone shift', () => {
		expect(longDate('2026-08-22')).toBe('August 22, 2026');
		expect(longDate('2027-01-01')).toBe('January 1, 2027');
	});
	it('plain text: site, n.d., title with scenario, parameter date, retrieval date and URL', () => {
		expect(citationText(input)).toBe(
			'Liquid or Locked. (n.d.). Leverage against delegated stake: 1 ETH steering 40M: 40M× leverage ' +
				'[Interactive figure; parameters as of August 22, 2026]. Retrieved December 2, 2026, from ' +
				'https://x.test/w/leverage?v=1&delegated=40M'
		);
	});
	it('BibTeX: a @misc entry with url, urldate and the parameter date', () => {
		expect(citationBibtex(input)).toBe(
			[
				'@misc{liquidorlocked-leverage-2026-12-02,',
				'  author = {{Liquid or Locked}},',
				'  title = {{Leverage against delegated stake}: 1 ETH steering 40M: 40M× leverage},',
				'  howpublished = {Interactive figure},',
				'  url = {https://x.test/w/leverage?v=1&delegated=40M},',
				'  urldate = {2026-12-02},',
				'  note = {Parameters as of 2026-08-22; accessed 2026-12-02}',
				'}'
			].join('\n')
		);
	});
	it('escapes what TeX reads as commands in titles', () => {
		expect(bibtexText('50% & {x}_1 #2 $3 ~^\\')).toBe(
			'50\\% \\& \\{x\\}\\_1 \\#2 \\$3 \\textasciitilde{}\\textasciicircum{}\\textbackslash{}'
		);
	});
});

describe('newestAsOf', () => {
	it('is the latest date among the given parameters', () => {
		const p = (asOf: string) => ({ value: 1, unit: '', label: 'x', source: 'https://x', asOf });
		expect(newestAsOf([p('2020-07-29'), p('2026-08-22'), p('2025-01-24')])).toBe('2026-08-22');
	});
	it('over the whole model, is one of the parameters’ own ISO dates and no other is later', () => {
		const newest = newestAsOf();
		expect(newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(allParams.some((p) => p.asOf === newest)).toBe(true);
		expect(allParams.every((p) => p.asOf <= newest)).toBe(true);
		expect(allParams.length).toBeGreaterThan(40);
	});
});
