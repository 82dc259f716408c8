const escapeAttr = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);

export interface EmbedSnippetOptions {
	readonly src: string;
	/** Names the widget and scenario for screen readers. */
	readonly title: string;
	/** A number of pixels, or `100%`. */
	readonly width: number | '100%';
	readonly height: number;
}

/**
 * The iframe that embeds a widget in another page. Fullscreen is allowed through `allow` only:
 * with `allowfullscreen` too, Chromium warns in the host page's console that `allow` wins.
 */
export function embedSnippet({ src, title, width, height }: EmbedSnippetOptions): string {
	return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%" allow="fullscreen"></iframe>`;
}

/** Where the host-page script that fits embeds to their content is served. */
export const EMBED_SCRIPT_PATH = '/embed.js';

/** What a teacher pastes into a page: the iframe, and the script that keeps it the right height. */
export function embedCode(options: EmbedSnippetOptions, origin: string): string {
	return `${embedSnippet(options)}\n<script src="${escapeAttr(origin + EMBED_SCRIPT_PATH)}" async></script>`;
}
