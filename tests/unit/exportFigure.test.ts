import { describe, expect, it } from 'vitest';
import { currentDefaults } from '../../src/lib/scenario/schema';
import { renderFigureSvg } from '../../src/lib/server/og/renderFigureSvg';
import { loadPreviewFonts } from '../../src/lib/server/og/loadPreviewFonts';
import { widgets, type WidgetSlug } from '../../src/lib/widgets';
import { widgetEntry } from '../../src/lib/widgets/registry';
import { GET as svgRoute } from '../../src/routes/(site)/w/[widget].svg/+server';
import { GET as pngRoute } from '../../src/routes/(site)/w/[widget].png/+server';

type Route = (event: never) => Promise<Response>;
const ORIGIN = 'http://127.0.0.1:4173';

function get(route: Route, widget: string, extension: string, query: string) {
	const url = new URL(`${ORIGIN}/w/${widget}.${extension}?${query}`);
	return route({ params: { widget }, url } as never);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
}

const hostile = new URLSearchParams({
	v: '=1+1',
	own: '</svg><script>alert(1)</script>',
	delegated: '1e999',
	pledge: '-5',
	k: '"><img src=x onerror=alert(1)>',
	day: 'NaN',
	seed: '<!--',
	'<x>': '&amp;'
}).toString();

describe('/w/<widget>.svg', () => {
	for (const slug of Object.keys(widgets)) {
		it(`${slug}: one flat SVG with its text outlined, named for the widget and scenario`, async () => {
			const response = await get(svgRoute, slug, 'svg', 'v=1');
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
			expect(response.headers.get('content-disposition')).toBe(
				`attachment; filename="${slug}_v-1.svg"`
			);
			expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
			const svg = await response.text();
			expect(svg).toMatch(/^<svg [^>]*width="1200" height="\d+"/);
			// No text elements (they would need the fonts) and no nested pictures (slides drop them).
			expect(svg).not.toMatch(/<text|<image|@font-face|data:image/);
			expect(svg).toMatch(/<path[^>]*fill="#1d1d1f" d="M/);
			// The words drawn as outlines are also the document's title and description.
			const widget = widgetEntry(slug as WidgetSlug);
			const caption = widget.summary(currentDefaults(widget.schema));
			expect(svg).toContain(`<title>${widget.title}</title>`);
			expect(svg).toContain(`<desc>${caption.replace(/&/g, '&amp;')}\n`);
			expect(svg).toContain(`${ORIGIN}/w/${slug}?v=1</desc>`);
		});

		it(`${slug}: hostile and malformed values get the nearest scenario, never markup`, async () => {
			const response = await get(svgRoute, slug, 'svg', hostile);
			expect(response.status).toBe(200);
			const query = response.headers.get('x-scenario-query') ?? '';
			expect(query).toMatch(/^v=1(&[\w-]+=[\w.-]+)*$/);
			expect(response.headers.get('content-disposition')).toMatch(
				/^attachment; filename="[\w.-]+\.svg"$/
			);
			expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
			const svg = await response.text();
			expect(svg).not.toMatch(/<script|onerror|<img|<!--|&amp;amp;/);
		});
	}

	it('draws the nearest scenario for a bad query: the same file as the canonical link', async () => {
		const bad = await get(svgRoute, 'leverage', 'svg', 'v=1&own=-4&delegated=40&junk=1');
		const query = bad.headers.get('x-scenario-query') ?? '';
		expect(query).toBe('v=1&own=0&delegated=40');
		const good = await (await get(svgRoute, 'leverage', 'svg', query)).text();
		expect(await bad.text()).toBe(good);
		const other = await get(svgRoute, 'leverage', 'svg', 'v=1&delegated=40');
		expect(other.headers.get('x-scenario-query')).toBe('v=1&delegated=40');
		expect(await other.text()).not.toBe(good);
	});

	it('escapes the words it describes itself with', async () => {
		const widget = widgetEntry('leverage');
		const svg = await renderFigureSvg(
			{
				title: 'A </title><script>alert(1)</script>',
				caption: 'x < y & y > z',
				source: ']]><!--',
				url: 'http://h/w/leverage?v=1&a="b"'
			},
			widget.preview(currentDefaults(widget.schema)).chart,
			await loadPreviewFonts()
		);
		expect(svg).toContain('<title>A &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
		expect(svg).toContain(
			'<desc>x &lt; y &amp; y &gt; z\n]]&gt;&lt;!--\nhttp://h/w/leverage?v=1&amp;a="b"</desc>'
		);
		expect(svg).not.toMatch(/<script|<!--/);
	});

	it('answers 404 for a widget that does not exist', async () => {
		await expect(get(svgRoute, 'nope', 'svg', 'v=1')).rejects.toMatchObject({ status: 404 });
	});
});

describe('/w/<widget>.png', () => {
	it('draws the figure at twice its width by default, named for the widget and scenario', async () => {
		const response = await get(pngRoute, 'rewards', 'png', 'v=1&pledge=5M');
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="rewards_v-1_.*pledge-5M.*\.png"$/
		);
		const png = new Uint8Array(await response.arrayBuffer());
		expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		const svg = await (await get(svgRoute, 'rewards', 'svg', 'v=1&pledge=5M')).text();
		const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
		expect(pngSize(png)).toEqual([2400, height * 2]);
	});

	// exportScale.test.ts checks every bound and step; this checks that the route draws at its answer
	// and leaves the scale out of the scenario (the smallest sizes: a 4800 px render costs a second).
	it('draws at the nearest valid scale and never reads the scale as part of the scenario', async () => {
		const widths = [];
		for (const scale of ['1', '-2', 'abc', '1.5']) {
			const response = await get(pngRoute, 'leverage', 'png', `v=1&scale=${scale}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('x-scenario-query')).toBe('v=1');
			widths.push(pngSize(new Uint8Array(await response.arrayBuffer()))[0]);
		}
		expect(widths).toEqual([1200, 1200, 2400, 1800]);
	}, 60_000);

	it('answers a hostile query with the nearest scenario', async () => {
		const response = await get(pngRoute, 'operators', 'png', `${hostile}&scale=<x>`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="[\w.-]+\.png"$/
		);
	});
});
