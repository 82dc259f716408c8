import { expect, test } from '@playwright/test';
import { open } from './hydrated';

const metaContent = (html: string, attr: string, name: string) =>
	new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];

test('a reader changes controls, copies the link, and a fresh page shows the same numbers and chart', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/w/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const field = widget.getByRole('textbox', { name: /Delegated stake, exact value/ });
	await field.fill('40M');
	await field.press('Enter');
	await expect(widget.locator('figcaption')).toContainText('40M ETH delegated');
	const pledge = widget.getByRole('slider', { name: /Cardano pool pledge/ });
	await pledge.focus();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/w\/leverage\?v=1&delegated=40M&pledge=/);
	// The address bar follows a pause after the last key press, so wait for it to catch up.
	await expect.poll(() => page.url().replace('localhost', '127.0.0.1')).toBe(link);

	const caption = await widget.locator('figcaption').textContent();
	const paths = await widget
		.locator('svg path')
		.evaluateAll((els) => els.map((e) => e.getAttribute('d')));

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await open(other, link);
	const again = other.locator('[data-widget="leverage"]');
	await expect(again.locator('figcaption')).toHaveText(caption ?? '');
	expect(
		await again.locator('svg path').evaluateAll((els) => els.map((e) => e.getAttribute('d')))
	).toEqual(paths);
	await fresh.close();
});

test('a malformed link shows the nearest valid scenario and says what changed, keeping valid values', async ({
	page
}) => {
	await open(page, '/w/leverage?own=-4&delegated=12k&pledge=lots&zzz=1');
	await expect(page.getByRole('status').first()).toContainText(
		'own=-4: -4 is below the minimum 0; using 0'
	);
	await expect(page.getByText('pledge=lots is not a number; using 100k')).toBeVisible();
	const caption = page.locator('[data-widget="leverage"] figcaption');
	await expect(caption).toContainText('steering 12k ETH of delegated stake has ∞ leverage');
	await expect(caption).toContainText('pledging 100k ada');
});

test('the scenario page answers 200 with every preview tag, within the limits forums keep', async ({
	request
}) => {
	const response = await request.get('/w/leverage?v=1&delegated=40M', { maxRedirects: 0 });
	expect(response.status()).toBe(200);
	const html = await response.text();
	const title = metaContent(html, 'property', 'og:title') ?? '';
	expect(title).toContain('40M× leverage');
	expect(title.length).toBeLessThanOrEqual(80);
	expect((metaContent(html, 'property', 'og:description') ?? '').length).toBeLessThanOrEqual(250);
	expect(metaContent(html, 'property', 'og:url')).toMatch(
		/^http:\/\/[^/]+\/w\/leverage\?v=1&amp;delegated=40M$/
	);
	expect(html).toMatch(
		/<link rel="canonical" href="http:\/\/[^"]+\/w\/leverage\?v=1&amp;delegated=40M"/
	);
	expect(metaContent(html, 'property', 'og:image')).toMatch(
		/^http:\/\/[^/]+\/og\/leverage\.png\?v=1&amp;delegated=40M$/
	);
	expect(metaContent(html, 'property', 'og:image:alt')).toContain('40M×');
	expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image');
	expect(html).toMatch(
		/<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/oembed\?url=/
	);
	expect(html).toMatch(/<title>[^<]*40M× leverage/);
});

test('query values holding markup or quotes never come back unescaped', async ({ request }) => {
	const evil = '<script>alert(1)</script>"\'';
	const response = await request.get(
		`/w/leverage?own=${encodeURIComponent(evil)}&${encodeURIComponent(evil)}=1`
	);
	const html = await response.text();
	// Booleans, so a failure does not print the whole page.
	expect(html.includes('<script>alert(1)')).toBe(false);
	expect(html.includes('own=&lt;script>alert(1)&lt;/script… is not a number')).toBe(true);
	const head = html.slice(0, html.indexOf('</head>'));
	expect(head.includes('alert')).toBe(false);
});

test('the preview image is a 1200x630 PNG with long-lived caching', async ({ request }) => {
	const response = await request.get('/og/leverage.png?v=1&delegated=40M');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	expect(response.headers()['cache-control']).toContain('max-age=31536000');
	const png = await response.body();
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('a preview image for a link it cannot read as given shows the nearest scenario, says so, and is kept briefly', async ({
	request,
	baseURL
}) => {
	const canonical = await request.get('/og/leverage.png?v=1&delegated=1B');
	const changed = await request.get('/og/leverage.png?v=1&delegated=9e99');
	expect(changed.status()).toBe(200);
	expect(changed.headers()['cache-control']).toBe('public, max-age=3600');
	expect(changed.headers()['link']).toBe(
		`<${baseURL}/og/leverage.png?v=1&delegated=1B>; rel="canonical"`
	);
	// Not the canonical image: this one carries the line naming the change.
	expect(changed.headers()['etag']).not.toBe(canonical.headers()['etag']);
	expect(Buffer.compare(await changed.body(), await canonical.body())).not.toBe(0);
	const png = await changed.body();
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	// Another spelling of the same values changes nothing, so it is the canonical image.
	const reordered = await request.get('/og/leverage.png?delegated=1B&v=1');
	expect(reordered.headers()['cache-control']).toBe('public, max-age=3600');
	expect(Buffer.compare(await reordered.body(), await canonical.body())).toBe(0);
});

test('oEmbed answers a rich iframe within maxwidth and maxheight, 404 elsewhere, 501 for xml', async ({
	request,
	baseURL
}) => {
	const page = `${baseURL}/w/leverage?v=1&delegated=40M`;
	const response = await request.get(
		`/oembed?url=${encodeURIComponent(page)}&maxwidth=500&maxheight=400&format=json`
	);
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body).toMatchObject({
		version: '1.0',
		type: 'rich',
		width: 500,
		height: 400,
		provider_name: 'Liquid or Locked'
	});
	expect(body.html).toContain(`src="${baseURL}/embed/leverage?v=1&amp;delegated=40M"`);
	expect(body.title).toContain('40M×');
	expect(body.thumbnail_url).toBe(`${baseURL}/og/leverage.png?v=1&delegated=40M&w=480`);
	expect([body.thumbnail_width, body.thumbnail_height]).toEqual([480, 252]);
	// The image really is that size (IHDR width and height).
	const thumbnail = await (await request.get(body.thumbnail_url)).body();
	expect([thumbnail.readUInt32BE(16), thumbnail.readUInt32BE(20)]).toEqual([480, 252]);
	const unlimited = await (await request.get(`/oembed?url=${encodeURIComponent(page)}`)).json();
	expect(unlimited.thumbnail_url).toBe(`${baseURL}/og/leverage.png?v=1&delegated=40M`);
	expect([unlimited.thumbnail_width, unlimited.thumbnail_height]).toEqual([1200, 630]);

	expect(
		(
			await request.get(`/oembed?url=${encodeURIComponent('https://elsewhere.example/w/leverage')}`)
		).status()
	).toBe(404);
	expect(
		(
			await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/articles/leverage`)}`)
		).status()
	).toBe(404);
	expect((await request.get(`/oembed?url=${encodeURIComponent(page)}&format=xml`)).status()).toBe(
		501
	);
});

test('the embed page shows the widget without site chrome', async ({ page }) => {
	await open(page, '/embed/leverage?v=1&delegated=40M');
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText(
		'40M ETH delegated'
	);
	await expect(page.locator('header')).toHaveCount(0);
});

test('an unknown widget answers 404', async ({ request }) => {
	expect((await request.get('/w/nothing')).status()).toBe(404);
	expect((await request.get('/og/nothing.png')).status()).toBe(404);
});
