import { describe, expect, it } from 'vitest';
import { GET as oembed } from '../../src/routes/oembed/+server';
import { GET as og } from '../../src/routes/og/[widget].png/+server';

const ORIGIN = 'http://127.0.0.1:4173';
const PAGE = `${ORIGIN}/w/leverage?v=1&delegated=40M`;

async function oembedOf(extra: string) {
	const url = new URL(`${ORIGIN}/oembed?url=${encodeURIComponent(PAGE)}${extra}`);
	const response = (await oembed({ url } as never)) as Response;
	return response.json();
}

async function imageAt(address: string) {
	const url = new URL(address);
	const widget = /^\/og\/([^/]+)\.png$/.exec(url.pathname)?.[1];
	return (await og({ params: { widget }, url, request: new Request(url) } as never)) as Response;
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(response: Response): Promise<[number, number]> {
	const png = new Uint8Array(await response.arrayBuffer());
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
}

describe('oEmbed thumbnails have the size they declare', () => {
	for (const limits of ['', '&maxheight=200', '&maxwidth=500&maxheight=400', '&maxwidth=100']) {
		it(`limits “${limits || 'none'}”: the PNG's IHDR is thumbnail_width x thumbnail_height`, async () => {
			const body = await oembedOf(limits);
			const max = new URLSearchParams(limits);
			expect(body.thumbnail_width).toBeLessThanOrEqual(Number(max.get('maxwidth') ?? 1200));
			expect(body.thumbnail_height).toBeLessThanOrEqual(Number(max.get('maxheight') ?? 630));
			expect(body.thumbnail_width / body.thumbnail_height).toBeCloseTo(1200 / 630, 10);
			const image = await imageAt(body.thumbnail_url);
			expect(image.headers.get('content-type')).toBe('image/png');
			// The thumbnail's own address is canonical: caches may keep it for good.
			expect(image.headers.get('cache-control')).toContain('immutable');
			expect(await pngSize(image)).toEqual([body.thumbnail_width, body.thumbnail_height]);
		});
	}

	it('offers no thumbnail when not even the smallest fits', async () => {
		const body = await oembedOf('&maxwidth=30');
		expect(body.thumbnail_url).toBeUndefined();
		expect(body.thumbnail_width).toBeUndefined();
		expect(body.type).toBe('rich');
	});

	it('the preview route bounds w and gives a bad one the nearest step or the full image', async () => {
		const sizes = [];
		for (const w of ['379', '0', '5000', 'abc', '-1e308'])
			sizes.push(await pngSize(await imageAt(`${ORIGIN}/og/leverage.png?v=1&w=${w}`)));
		expect(sizes).toEqual([
			[360, 189],
			[40, 21],
			[1200, 630],
			[1200, 630],
			[40, 21]
		]);
		const odd = await imageAt(`${ORIGIN}/og/leverage.png?v=1&w=379`);
		expect(odd.headers.get('cache-control')).not.toContain('immutable');
		expect(odd.headers.get('content-location')).toBe('/og/leverage.png?v=1&w=360');
	}, 60_000);
});
