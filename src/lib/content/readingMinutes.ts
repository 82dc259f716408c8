const WORDS_PER_MINUTE = 230;

/** Minutes to read an article's prose: script, style, tags, math and frontmatter left out. */
export function readingMinutes(source: string): number {
	const prose = source
		.replace(/^---[\s\S]*?---/, ' ')
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/\$\$[\s\S]*?\$\$/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\{[^}]*\}/g, ' word ');
	const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
