import { readFileSync } from 'node:fs';
import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import remarkMath from 'remark-math';
import rehypeKatexSvelte from 'rehype-katex-svelte';
import rehypeGlossaryLinks from './src/lib/glossary/rehypeGlossaryLinks.js';

/** The words each glossary term goes by in prose (src/lib/glossary/forms.json). */
const glossaryForms = JSON.parse(
	readFileSync(new URL('./src/lib/glossary/forms.json', import.meta.url), 'utf8')
);

/**
 * mdsvex puts an article's frontmatter in `<script context="module">`, which Svelte 5 deprecates;
 * this writes it as `<script module>` once mdsvex is done.
 * @type {import('svelte/compiler').PreprocessorGroup}
 */
const moduleScript = {
	name: 'module-script',
	markup: ({ content, filename }) =>
		filename?.endsWith('.svx')
			? { code: content.replace(/<script context="module">/g, '<script module>') }
			: undefined
};

/** `npm run build:static` sets this: a folder any static host can serve, in build-static/. */
const isStatic = process.env.VITE_STATIC_BUILD === '1';

/**
 * Brotli and gzip copies of every asset (and, in the static build, every page), served in place of
 * the file. `npm test` builds without them (PRECOMPRESS=0): at brotli's highest quality they cost
 * 26 s of CPU in the static build alone (65 s against 39 s), and no test reads them.
 */
const precompress = process.env.PRECOMPRESS !== '0';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.svx'],
	vitePlugin: {
		// Widgets are loaded by dynamic import (scenario pages, embeds) or inside a dynamically
		// imported article, and SvelteKit links a dynamic import's stylesheet in the server-rendered
		// page only when its walk of the chunk graph reaches that import first, at depth one: a
		// widget reached earlier through a shared chunk (\$app/paths -> hooks -> widget registry)
		// lost its stylesheet, so the page showed unstyled until its script ran. Components under
		// src/lib carry their CSS themselves: server rendering writes the styles of exactly the
		// components it rendered into the page's head. Articles (content/) are dynamic imports too.
		dynamicCompileOptions: ({ filename }) =>
			/\/(src\/lib|content)\//.test(filename) ? { css: 'injected' } : undefined
	},
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.svx'],
			remarkPlugins: [remarkMath],
			rehypePlugins: [
				rehypeKatexSvelte,
				[
					rehypeGlossaryLinks,
					{
						forms: glossaryForms,
						component: 'GlossaryTerm',
						from: '$lib/glossary/GlossaryTerm.svelte'
					}
				]
			]
		}),
		moduleScript
	],
	kit: {
		// oEmbed answers per query, so the static build leaves it out (strict: false); 404.html
		// renders unknown addresses in the browser.
		adapter: isStatic
			? adapterStatic({
					pages: 'build-static',
					assets: 'build-static',
					precompress,
					fallback: '404.html',
					strict: false
				})
			: adapterNode({ precompress }),
		// Links from the site's root (/w/leverage), not from the page (../w/leverage): a page printed
		// or read without its scripts shows each link's address, which the print style writes as the
		// site's origin followed by the link.
		paths: { relative: false },
		// Absolute links in prerendered pages (previews, embed code) point at ORIGIN.
		prerender: { origin: process.env.ORIGIN ?? 'http://localhost:4173' },
		// Hashes, not nonces: a page's bytes (and so its policy) are the same for every request, so a
		// rendered page can be cached and prerendered pages carry the policy in a meta tag.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// The migration simulation runs in a module worker served from /_app.
				'worker-src': ['self'],
				// Chart labels and KaTeX place text with style attributes.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				// Vite inlines KaTeX's smallest fonts as data: URLs.
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
