import { expect, test, type Page } from '@playwright/test';

/** The text the page's style puts after the first element the selector finds. */
const after = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);

test('a printed article keeps its charts, drops the controls and shows link and scenario addresses', async ({
	page,
	baseURL
}) => {
	await page.goto('/articles/leverage');
	await page.emulateMedia({ media: 'print' });
	const widget = page.locator('[data-widget="leverage"]').first();
	await expect(widget.locator('svg').first()).toBeVisible();
	await expect(widget.locator('figcaption')).toBeVisible();
	await expect(widget.locator('input, button, summary').first()).toBeHidden();
	expect(await widget.locator('input:visible, button:visible, summary:visible').count()).toBe(0);

	expect(await after(page, '.scenario-link a')).toBe(`"This figure: ${baseURL}/w/leverage?v=1"`);
	expect(await after(page, 'main a[href^="https://ethresear.ch"]')).toBe(
		'" (https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815)"'
	);

	await page.emulateMedia({ media: 'screen' });
	expect(await after(page, '.scenario-link a')).toBe('none');
});

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });

	test('a printed article shows the whole address of each scenario and page it links to', async ({
		page,
		baseURL
	}) => {
		await page.goto('/articles/leverage');
		await page.emulateMedia({ media: 'print' });
		expect(await after(page, '.scenario-link a')).toBe(`"This figure: ${baseURL}/w/leverage?v=1"`);
		const siteLinks = await page
			.locator('main a[href]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(siteLinks.filter((href) => href.startsWith('.'))).toEqual([]);
	});
});
