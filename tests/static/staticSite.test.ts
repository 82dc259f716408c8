import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { widgets } from '$lib/widgets';
import { namedScenarioLinks } from '$lib/widgets/namedScenarios';

const slugs = Object.keys(widgets);
const articles = readdirSync('content')
	.filter((f) => f.endsWith('.svx'))
	.map((f) => f.replace(/\.svx$/, ''));

function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	return problems;
}

test('every article, the home page, each widget page, embed and preview image is a file', async ({
	request
}) => {
	const paths = [
		'/',
		...articles.map((a) => `/articles/${a}`),
		...slugs.flatMap((s) => [
			`/w/${s}`,
			`/embed/${s}`,
			`/og/${s}.png`,
			`/w/${s}.csv`,
			`/w/${s}.svg`,
			`/w/${s}.png`
		]),
		...namedScenarioLinks().flatMap(({ slug, name }) => [
			`/w/${slug}/${name}`,
			`/embed/${slug}/${name}`,
			`/og/${slug}/${name}.png`,
			`/w/${slug}/${name}.csv`,
			`/w/${slug}/${name}.svg`,
			`/w/${slug}/${name}.png`
		])
	];
	for (const path of paths) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		if (path.endsWith('.png')) expect(response.headers()['content-type']).toBe('image/png');
		else if (path.endsWith('.svg')) expect(await response.text(), path).toMatch(/^<svg /);
		else if (path.endsWith('.csv')) expect(await response.text(), path).toMatch(/^\uFEFF?[^,\n]+,/);
		else expect(await response.text(), path).toContain('content-security-policy');
	}
});

test('a prerendered scenario page shows its chart before any script runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/w/leverage');
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText('9 ETH delegated');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		/\/og\/leverage\.png\?v=1$/
	);
	await context.close();
});

test('a named scenario has its own prerendered page, preview card and data', async ({
	browser,
	request
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/w/leverage/a-large-operator');
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText(
		'10M ETH delegated'
	);
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		/\/og\/leverage\/a-large-operator\.png$/
	);
	await expect(page.getByRole('link', { name: 'Download SVG' })).toHaveAttribute(
		'href',
		/\/w\/leverage\/a-large-operator\.svg$/
	);
	await page.goto('/embed/migration/ranking');
	await expect(page.locator('[data-widget="migration"] select').first()).toBeVisible();
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/\/w\/migration\/ranking$/
	);
	await context.close();
	const csv = await (await request.get('/w/leverage/a-large-operator.csv')).text();
	const defaults = await (await request.get('/w/leverage.csv')).text();
	expect(csv).not.toBe(defaults);
	expect(csv).toContain('10000000');
});

test('another scenario link is rendered in the browser from its query, with no policy violation', async ({
	page
}) => {
	const problems = watchProblems(page);
	await page.goto('/w/leverage?v=1&delegated=40M');
	const widget = page.locator('[data-widget="leverage"]');
	await expect(widget.locator('figcaption')).toContainText('40M ETH delegated');
	// A static host has no files for this scenario: no downloads, rather than the defaults' numbers.
	await expect(widget.getByRole('link', { name: /Download/ })).toHaveCount(0);
	await page.getByText('Embed this scenario').click();
	await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
		/embed\/leverage\?v=1&amp;delegated=40M/
	);

	await page.goto('/embed/leverage?v=1&delegated=40M&own=abc');
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText(
		'40M ETH delegated'
	);
	await expect(page.getByRole('status')).toContainText('own=abc is not a number');
	expect(problems).toEqual([]);
});

test('the migration worker runs from the static files', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/w/migration?v=1&preset=mainnet&k=480&epoch=3');
	await expect(page.locator('[data-widget="migration"] figcaption')).toContainText(
		'After 3 epochs (k = 480)',
		{ timeout: 30_000 }
	);
	expect(problems).toEqual([]);
});

test('an unknown address gets the site’s not-found page', async ({ page }) => {
	const response = await page.goto('/w/nothing-here');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('does not exist');
});
