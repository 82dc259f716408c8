import { monthNames } from '../format/isoDate';

/** What a citation of one scenario names. Dates are ISO `YYYY-MM-DD`. */
export interface CitationInput {
	readonly slug: string;
	/** The widget's title. */
	readonly title: string;
	/** The scenario in a few words with its key numbers (the preview title). */
	readonly scenario: string;
	readonly url: string;
	/** The newest date among the parameters the numbers use. */
	readonly paramsAsOf: string;
	readonly accessed: string;
}

export const SITE_NAME = 'Liquid or Locked';

/** `2026-08-22` as `August 22, 2026`, read as a calendar date (no time zone can shift it). */
export function longDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${monthNames[month - 1]} ${day}, ${year}`;
}

/**
 * APA-style reference to a web page whose content changes: no publication date ("n.d."), a
 * description in brackets, and the retrieval date (APA 7, section 9.16).
 */
export function citationText(c: CitationInput): string {
	return `${SITE_NAME}. (n.d.). ${c.title}: ${c.scenario} [Interactive figure; parameters as of ${longDate(c.paramsAsOf)}]. Retrieved ${longDate(c.accessed)}, from ${c.url}`;
}

/** Text for a BibTeX field: the characters TeX treats as commands escaped. */
export function bibtexText(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (c) =>
		c === '\\'
			? '\\textbackslash{}'
			: c === '~'
				? '\\textasciitilde{}'
				: c === '^'
					? '\\textasciicircum{}'
					: `\\${c}`
	);
}

/** A BibTeX `@misc` entry (biblatex reads `url` and `urldate`; plain BibTeX the `note`). */
export function citationBibtex(c: CitationInput): string {
	const key = `liquidorlocked-${c.slug}-${c.accessed}`.replace(/[^\w-]/g, '');
	const fields: [string, string][] = [
		['author', `{${SITE_NAME}}`],
		['title', `{${bibtexText(c.title)}}: ${bibtexText(c.scenario)}`],
		['howpublished', `Interactive figure`],
		['url', c.url],
		['urldate', c.accessed],
		['note', `Parameters as of ${c.paramsAsOf}; accessed ${c.accessed}`]
	];
	return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}
