import { expect, test } from '@playwright/test';
import { open } from './hydrated';

test('a keyboard-only reader moves the own-stake slider and sees the chart and prose change', async ({
	page
}) => {
	await open(page, '/articles/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const operatorPath = widget.locator('svg path[data-series="operator"]');
	const prose = page.getByText(/Right now that operator steers/);
	await expect(prose).toContainText('10 ETH with 10× leverage');
	const before = await operatorPath.getAttribute('d');

	const slider = widget.getByRole('slider', { name: /Operator's own stake/ });
	await slider.focus();
	await page.keyboard.press('PageDown');
	await expect(prose).not.toContainText('10 ETH with 10× leverage');

	await expect(operatorPath).not.toHaveAttribute('d', before ?? '');
	const caption = widget.locator('figcaption');
	await expect(caption).not.toContainText('1 ETH of its own');

	await page.keyboard.press('Home');
	await expect(prose).toContainText('∞ leverage');
	await expect(caption).toContainText('∞ leverage');
	await expect(widget.locator('svg path[d="M"], svg path[d*="NaN"]')).toHaveCount(0);
});

test('the number field takes 40M and explains text it cannot use', async ({ page }) => {
	await open(page, '/articles/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const field = widget.getByRole('textbox', { name: /Delegated stake, exact value/ });
	const prose = page.getByText(/Right now that operator steers/);
	await field.fill('40M');
	await field.press('Enter');
	await expect(prose).toContainText('40M ETH with 40M× leverage');
	await field.fill('lots');
	await field.press('Enter');
	await expect(widget.getByRole('status')).toContainText('“lots” is not a number of ETH; kept 40M');
	await expect(prose).toContainText('40M ETH');
});

test('the data table shows the same leverage as the caption', async ({ page }) => {
	await open(page, '/articles/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	await widget.getByText('Show data').click();
	const current = widget.locator('tr.current');
	await expect(current).toContainText('9 (yours)');
	await expect(current.locator('td').first()).toHaveText('10×');
});

test('an unknown article answers 404 with a page that links home', async ({ page }) => {
	const response = await open(page, '/articles/no-such-article');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
	await expect(page.getByRole('link', { name: 'See all articles' })).toBeVisible();
});

test('the chart is in the page without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/articles/leverage');
	// Five lines in the overview; the thread's example is a point on your operator's line.
	await expect(page.locator('[data-widget="leverage"] svg path[data-series]')).toHaveCount(5);
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText('10× leverage');
	await context.close();
});

test('the article links to the scenario the reader set up', async ({ page }) => {
	await open(page, '/articles/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const field = widget.getByRole('textbox', { name: /Delegated stake, exact value/ });
	await field.fill('250');
	await field.press('Enter');
	await expect(page.getByRole('link', { name: 'Share or embed this scenario' })).toHaveAttribute(
		'href',
		/\/w\/leverage\?v=1&delegated=250$/
	);
	await page.getByRole('link', { name: 'Share or embed this scenario' }).click();
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText(
		'250 ETH delegated'
	);
});
