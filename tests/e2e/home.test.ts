import { expect, test } from '@playwright/test';
import { open } from './hydrated';

const meta = (html: string, attr: string, name: string) =>
	new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];

for (const [width, height] of [
	[375, 812],
	[1280, 800]
])
	test(`at ${width} px, light and dark: the first screen asks the question and shows the figure that carries it`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Should staked coins stay liquid, or be locked?'
			);
			const figure = page.locator('[data-home-figure]');
			await expect(figure).toBeInViewport();
			// The thread's 10× and the reader's operator (1 ETH own + 9 delegated) are on screen.
			await expect(figure.getByText("the thread's example, 10×")).toBeInViewport();
			await expect(figure.locator('.plot .row').first()).toBeInViewport();
			await expect(figure.locator('figcaption')).toContainText('steers 10×');
			const { sw, cw } = await page.evaluate(() => ({
				sw: document.documentElement.scrollWidth,
				cw: document.documentElement.clientWidth
			}));
			expect(sw).toBeLessThanOrEqual(cw);

			// Then the reading path, in order, each step with a lazily loaded picture of its chart.
			const steps = page.locator('ol.articles > li');
			await expect(steps).toHaveCount(7);
			await expect(steps.first()).toContainText('Start here');
			const images = steps.locator('img');
			await expect(images).toHaveCount(7);
			for (const img of await images.all()) {
				await expect(img).toHaveAttribute('loading', 'lazy');
				await expect(img).toHaveAttribute('src', /\/og\/\w+\.png\?v=\d+$/);
			}
			await expect(page.locator('ul.widgets a')).toHaveCount(6);
		}
	});

test('the figure is live: more delegation, more leverage for the operator; bonded designs stay put', async ({
	page
}) => {
	await open(page, '/');
	const figure = page.locator('[data-home-figure]');
	const field = figure.getByRole('textbox', { name: /Delegated stake, exact value/ });
	await field.fill('99');
	await field.press('Enter');
	await expect(figure.locator('figcaption')).toContainText('steers 100×');
	const megapool = figure.locator('.plot .row').nth(2);
	await expect(megapool.locator('.label')).toHaveText('Rocket Pool megapool, 4 ETH bond');
	await expect(megapool.locator('.value')).toHaveText('8×');
	await expect(figure.getByRole('link', { name: 'Open the full chart' })).toHaveAttribute(
		'href',
		'/w/leverage?v=1&delegated=99'
	);
});

test('the home page is described as a website, with an image, its size and alt text', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	expect(meta(html, 'property', 'og:type')).toBe('website');
	expect(meta(html, 'property', 'og:image')).toMatch(/^http:\/\/[^/]+\/og\/leverage\.png\?v=1$/);
	expect(meta(html, 'property', 'og:image:width')).toBe('1200');
	expect(meta(html, 'property', 'og:image:height')).toBe('630');
	expect(meta(html, 'property', 'og:image:alt')).toBeTruthy();
	expect(meta(html, 'name', 'twitter:image:alt')).toBeTruthy();
	expect(html).toMatch(
		/<meta name="theme-color" content="#[0-9a-f]{6}" media="\(prefers-color-scheme: dark\)"/
	);
	expect(html).toMatch(/<link rel="icon" href="http:\/\/[^"]+\/favicon\.svg"/);
	expect(html).toMatch(/<link rel="apple-touch-icon" href="http:\/\/[^"]+\/apple-touch-icon\.png"/);
	const icon = await request.get('/apple-touch-icon.png');
	expect(icon.headers()['content-type']).toBe('image/png');
	const png = await icon.body();
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
});

test('articles carry their lead chart as preview image and their publication date', async ({
	request
}) => {
	const html = await (await request.get('/articles/punishment')).text();
	expect(meta(html, 'property', 'og:type')).toBe('article');
	expect(meta(html, 'property', 'og:image')).toMatch(/\/og\/punishment\.png\?v=1$/);
	expect(meta(html, 'property', 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(meta(html, 'name', 'twitter:image:alt')).toBeTruthy();
});

test('a calculator link mangled by a forum decoding it twice is reported, not shown as the defaults', async ({
	page
}) => {
	await page.goto('/embed/calculator?v=1ð=64');
	await expect(page.getByRole('status').first()).toContainText('is not a known version');
	await page.goto('/w/calculator?v=1&haveEth=64');
	await expect(page.locator('[data-widget="calculator"] figcaption')).toContainText('64 ETH');
	await page.goto('/w/calculator?v=1&eth=64');
	await expect(page.locator('[data-widget="calculator"] figcaption')).toContainText('64 ETH');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/\/w\/calculator\?v=1&haveEth=64$/
	);
});
