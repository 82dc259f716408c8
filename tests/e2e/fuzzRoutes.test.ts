// Thousands of generated links sent to every route of the built server, in this process (no HTTP,
// no browser): valid and boundary values, malformed escapes, huge values, markup, duplicate keys.
// FUZZ_RUNS scales the number of links (1 = the default counts below).
import { expect, test } from '@playwright/test';
import type { Server as KitServer, SSRManifest } from '@sveltejs/kit';
import fc from 'fast-check';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { widgets } from '$lib/widgets';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

const scale = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * scale));
const ORIGIN = 'http://localhost';
const MARK = 'x-fuzz';
const slugs = Object.keys(widgets);
const articles = ['leverage', 'rewards', 'punishment', 'calculator', 'migration'];

let server: KitServer;

const warn = console.warn;

test.afterAll(() => {
	console.warn = warn;
});

test.beforeAll(async () => {
	// Each rejected link logs one line; thousands of them would bury the test report.
	console.warn = () => {};
	process.env.PREVIEW_WARM = '0';
	const output = pathToFileURL(`${process.cwd()}/.svelte-kit/output/server/`);
	const { Server } = (await import(new URL('index.js', output).href)) as {
		Server: new (manifest: SSRManifest) => KitServer;
	};
	const { manifest } = (await import(new URL('manifest.js', output).href)) as {
		manifest: SSRManifest;
	};
	server = new Server(manifest);
	await server.init({
		env: process.env as Record<string, string>,
		read: (file) =>
			Readable.toWeb(createReadStream(`build/client/${file}`)) as ReadableStream<Uint8Array>
	});
});

const get = (path: string) =>
	server.respond(new Request(`${ORIGIN}${path}`), { getClientAddress: () => '127.0.0.1' });

// ---- what links are made of

const fieldNames = [
	...new Set(slugs.flatMap((s) => Object.keys(widgets[s as 'leverage'].schema.fields)))
];
const choiceOptions = slugs.flatMap((s) =>
	Object.values(
		widgets[s as 'leverage'].schema.fields as Record<string, { options?: string[] }>
	).flatMap((f) => f.options ?? [])
);

const number = fc.oneof(
	fc.double().map(String),
	fc.integer().map(String),
	fc
		.tuple(fc.double({ min: -1e6, max: 1e6 }), fc.constantFrom('', 'k', 'M', 'B', 'G', 'T', '%'))
		.map(([n, s]) => `${n}${s}`)
);
const boundary = fc.constantFrom(
	'0',
	'-0',
	'-1',
	'1e308',
	'-1e308',
	'1e-320',
	'1e999',
	'Infinity',
	'-Infinity',
	'NaN',
	'undefined',
	'null',
	'',
	' ',
	'.',
	'+',
	'1,000',
	'1_000',
	'0x10',
	'1M',
	'999T',
	'0.1e1k'
);
const malformedEscape = fc.constantFrom(
	'%',
	'%Z',
	'%ZZ',
	'%E0%A4%A',
	'%00',
	'%uD800',
	'%%',
	'%C3%28'
);
const huge = fc.oneof(
	fc.integer({ min: 300, max: 4000 }).map((n) => '9'.repeat(n)),
	fc.string({ minLength: 1000, maxLength: 6000 })
);
const markup = fc.constantFrom(
	`<${MARK}>`,
	`"><${MARK} a=1>`,
	`'><${MARK}>`,
	`</script><${MARK}>`,
	`" ${MARK}="1`,
	`javascript:${MARK}`,
	`{${MARK}}`
);
const value = fc.oneof(
	{ weight: 3, arbitrary: number },
	{ weight: 2, arbitrary: boundary },
	{ weight: 1, arbitrary: malformedEscape },
	{ weight: 1, arbitrary: huge },
	{ weight: 2, arbitrary: markup },
	{ weight: 1, arbitrary: fc.constantFrom(...choiceOptions) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) }
);
const key = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom('v', ...fieldNames) },
	{ weight: 1, arbitrary: fc.constantFrom('frameId', 'format', 'url', 'maxwidth', 'maxheight') },
	{ weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), markup, malformedEscape) }
);
/** A pair is written encoded, or raw so that broken escapes and markup reach the server as typed. */
const pair = fc
	.tuple(key, value, fc.boolean())
	.map(([k, v, raw]) =>
		raw
			? `${k.replace(/[#&=]/g, '')}=${v.replace(/[#&]/g, '')}`
			: `${encodeURIComponent(k)}=${encodeURIComponent(v)}`
	);
/** Duplicate keys come from drawing several pairs from the same few names. */
const query = fc
	.array(pair, { maxLength: 8 })
	.map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''));
const slug = fc.oneof(
	{ weight: 8, arbitrary: fc.constantFrom(...slugs) },
	{ weight: 1, arbitrary: fc.constantFrom('%ZZ', 'unknown', `${MARK}`, '..', 'leverage%2F..') }
);

// ---- what must hold for every answer

const decode = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&');

/** The text a reader or a link preview sees: text nodes, the title and meta contents. */
function shownText(html: string): string {
	const metas = [...html.matchAll(/<meta [^>]*content="([^"]*)"/g)].map((m) => m[1]);
	const body = html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ');
	return decode([...metas, body].join('\n'));
}

const BROKEN = /\b(NaN|undefined)\b|Infinity/;

/** Removes what the link itself said (a notice quotes the value it could not use). */
function withoutEcho(text: string, path: string): string {
	const params = new URL(`${ORIGIN}${path}`).searchParams;
	let out = text;
	for (const [k, v] of params) {
		for (const echo of [v, `${v.slice(0, 24)}…`, k])
			if (BROKEN.test(echo)) out = out.split(echo).join(' ');
	}
	return out;
}

function expectPage(path: string, status: number, html: string) {
	expect(status, path).toBeLessThan(500);
	expect(html.toLowerCase(), `unescaped markup in ${path}`).not.toContain(`<${MARK}`);
	expect(html, `attribute break-out in ${path}`).not.toMatch(
		new RegExp(`<[a-z][^<>]*\\s${MARK}=`, 'i')
	);
	expect(withoutEcho(shownText(html), path), path).not.toMatch(BROKEN);
}

test.describe.configure({ timeout: 240_000 });

test('scenario pages and embeds: never a 5xx, never unescaped input, never NaN shown', async () => {
	await fc.assert(
		fc.asyncProperty(fc.constantFrom('w', 'embed'), slug, query, async (route, s, q) => {
			const path = `/${route}/${s}${q}`;
			const response = await get(path);
			expectPage(path, response.status, await response.text());
		}),
		{ numRuns: runs(300) }
	);
});

test('oEmbed: JSON with whole positive sizes and escaped markup, or a 4xx (501 only for other formats)', async () => {
	const target = fc
		.tuple(slug, query, fc.constantFrom(ORIGIN, 'http://elsewhere.example', '', 'not a url'))
		.map(([s, q, origin]) => `${origin}/w/${s}${q}`);
	const extra = fc.array(pair, { maxLength: 4 });
	await fc.assert(
		fc.asyncProperty(target, extra, fc.boolean(), async (url, pairs, encoded) => {
			const path = `/oembed?url=${encoded ? encodeURIComponent(url) : url.replace(/[#&]/g, '')}${pairs.map((p) => `&${p}`).join('')}`;
			const response = await get(path);
			const format = new URL(`${ORIGIN}${path}`).searchParams.get('format') ?? 'json';
			if (response.status === 501) expect(format, path).not.toBe('json');
			else expect(response.status, path).toBeLessThan(500);
			const body = await response.text();
			expect(body.toLowerCase(), path).not.toContain(`<${MARK}`);
			if (response.status !== 200) return;
			const json = JSON.parse(body);
			// A thumbnail is left out when not even the smallest fits the consumer's limits.
			const sizes = json.thumbnail_url
				? ['width', 'height', 'thumbnail_width', 'thumbnail_height']
				: ['width', 'height'];
			for (const size of sizes)
				expect(Number.isInteger(json[size]) && json[size] > 0, `${size} in ${path}`).toBe(true);
			expect(json.html, path).not.toContain(`<${MARK}`);
			expect(withoutEcho(`${json.title}`, path), path).not.toMatch(BROKEN);
		}),
		{ numRuns: runs(600) }
	);
});

test('preview images: a PNG or a 404, immutable only for the canonical query', async () => {
	await fc.assert(
		fc.asyncProperty(slug, query, async (s, q) => {
			const path = `/og/${s}.png${q}`;
			const response = await get(path);
			expect(response.status, path).toBeLessThan(500);
			if (response.status !== 200) return;
			expect(response.headers.get('content-type')).toBe('image/png');
			const png = new Uint8Array(await response.arrayBuffer());
			expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
			const found = scenarioFromUrl(s, new URL(`${ORIGIN}${path}`).searchParams);
			const canonical = new URL(`${ORIGIN}${path}`).search === `?${found?.query}`;
			expect(response.headers.get('cache-control')?.includes('immutable'), path).toBe(canonical);
		}),
		{ numRuns: runs(60) }
	);
});

test('articles, the home page and unknown paths: never a 5xx, never unescaped input', async () => {
	const path = fc.oneof(
		fc
			.tuple(fc.constantFrom(...articles, '%ZZ', `${MARK}`), query)
			.map(([a, q]) => `/articles/${a}${q}`),
		query.map((q) => `/${q}`),
		fc
			.tuple(fc.oneof(fc.string({ maxLength: 20 }), malformedEscape, markup), query)
			.map(([p, q]) => `/${encodeURI(p).replace(/[?#]/g, '')}${q}`)
	);
	await fc.assert(
		fc.asyncProperty(path, async (p) => {
			const response = await get(p);
			expectPage(p, response.status, await response.text());
		}),
		{ numRuns: runs(300) }
	);
});
