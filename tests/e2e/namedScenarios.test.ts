import { expect, test } from '@playwright/test';
import { open } from './hydrated';

const metaContent = (html: string, attr: string, name: string) =>
	new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];

test('a named scenario has a page, embed, preview image, data and oEmbed of its own', async ({
	request
}) => {
	const page = await request.get('/w/leverage/a-large-operator');
	expect(page.status()).toBe(200);
	const html = await page.text();
	expect(html).toContain('10M ETH delegated');
	expect(metaContent(html, 'property', 'og:image')).toMatch(
		/\/og\/leverage\/a-large-operator\.png$/
	);
	expect(metaContent(html, 'property', 'og:url')).toMatch(/\/w\/leverage\/a-large-operator$/);

	const image = await request.get('/og/leverage/a-large-operator.png');
	expect(image.headers()['content-type']).toBe('image/png');
	const csv = await request.get('/w/leverage/a-large-operator.csv');
	expect(csv.headers()['x-scenario-query']).toBe('v=1&own=1k&delegated=10M');
	const embed = await request.get('/embed/leverage/a-large-operator?theme=dark');
	expect(await embed.text()).toContain('data-theme="dark"');

	const target = new URL('/w/leverage/a-large-operator', page.url()).href;
	const oembed = await request.get(`/oembed?url=${encodeURIComponent(target)}`);
	expect(oembed.status()).toBe(200);
	expect((await oembed.json()).thumbnail_url).toMatch(/\/og\/leverage\/a-large-operator\.png/);

	for (const path of [
		'/w/leverage/no-such-scenario',
		'/embed/leverage/no-such-scenario',
		'/og/leverage/no-such-scenario.png',
		'/w/nothing/a-large-operator'
	])
		expect((await request.get(path)).status(), path).toBe(404);
});

test('a named scenario’s page with a query of its own shows the query’s scenario', async ({
	page
}) => {
	await open(page, '/w/leverage/a-large-operator?v=1&own=1k&delegated=20M');
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText(
		'20M ETH delegated'
	);
});

test('the educators page links to classroom scenarios by name', async ({ page }) => {
	await open(page, '/educators');
	await page.getByRole('link', { name: 'A large operator' }).first().click();
	await expect(page).toHaveURL(/\/w\/leverage\/a-large-operator$/);
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText(
		'10M ETH delegated'
	);
});
