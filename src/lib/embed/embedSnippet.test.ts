import { describe, expect, it } from 'vitest';
import { embedCode, embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
	it('writes a lazy, borderless, titled iframe', () => {
		expect(
			embedSnippet({
				src: 'https://x.test/embed/leverage?v=1',
				title: 'Leverage',
				width: '100%',
				height: 800
			})
		).toBe(
			'<iframe src="https://x.test/embed/leverage?v=1" title="Leverage" width="100%" height="800" loading="lazy" style="border:0;max-width:100%" allow="fullscreen"></iframe>'
		);
	});
	it('escapes quotes and angle brackets in attributes', () => {
		const html = embedSnippet({
			src: 'https://x.test/?a="><script>',
			title: `it's <b>`,
			width: 600,
			height: 400
		});
		expect(html).not.toContain('<script>');
		expect(html).toContain('src="https://x.test/?a=&quot;&gt;&lt;script&gt;"');
		expect(html).toContain('title="it&#39;s &lt;b&gt;"');
	});
});

describe('embedCode', () => {
	it('adds the resizing script from the site itself after the iframe', () => {
		const options = {
			src: 'https://x.test/embed/leverage?v=1',
			title: 'L',
			width: '100%' as const,
			height: 800
		};
		expect(embedCode(options, 'https://x.test')).toBe(
			`${embedSnippet(options)}\n<script src="https://x.test/embed.js" async></script>`
		);
	});
});
