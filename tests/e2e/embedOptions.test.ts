import { expect, test } from '@playwright/test';
import { CONTRAST_RULES, openEveryDisclosure, violations } from './accessibility';

test('controls=none shows no inputs, only the chart, caption and data', async ({ page }) => {
	for (const path of ['/embed/leverage?v=1&controls=none', '/embed/migration?v=1&controls=none']) {
		await page.goto(path);
		await expect(page.locator('[data-widget] figcaption')).toBeVisible();
		await expect(page.locator('input, select, button')).toHaveCount(0);
	}
});

test('controls=own leaves only the own-stake control; the scenario keeps its values', async ({
	page
}) => {
	await page.goto('/embed/leverage?v=1&delegated=40M&controls=own');
	await expect(page.getByRole('slider')).toHaveCount(1);
	await expect(page.getByRole('slider', { name: /Operator's own stake/ })).toBeVisible();
	await expect(page.locator('figcaption')).toContainText('40M ETH delegated');
	await expect(page.locator('.notice')).toHaveCount(0);
});

test('title=0 and caption=0 hide them from sight, not from screen readers', async ({ page }) => {
	await page.goto('/embed/rewards?v=1&title=0&caption=0');
	const caption = page.locator('figcaption');
	await expect(caption).toHaveCount(1);
	expect(await caption.evaluate((e) => e.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
	expect(
		await page.getByRole('heading', { level: 1 }).evaluate((e) => e.getBoundingClientRect().height)
	).toBeLessThanOrEqual(1);
});

test('bad option values fall back to the defaults with a short explanation, no error page', async ({
	page
}) => {
	const response = await page.goto(
		'/embed/leverage?v=1&theme=neon&controls=nothing&lang=xx&title=maybe'
	);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('slider')).toHaveCount(3);
	await expect(page.getByText(/theme=neon is not one of light, dark, projector/)).toBeVisible();
	await expect(page.getByText(/controls: nothing is not a setting of this chart/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('theme=dark is dark on a light system; theme=light is light on a dark one', async ({
	page
}) => {
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/embed/leverage?v=1&theme=dark');
	expect(await background()).toBe('rgb(22, 23, 26)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/embed/leverage?v=1&theme=light');
	expect(await background()).toBe('rgb(255, 255, 255)');
});

for (const slug of ['leverage', 'rewards', 'punishment', 'calculator', 'migration']) {
	test(`theme=projector on ${slug}: larger text, thicker lines, axe finds no contrast violations`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`/embed/${slug}?v=1&theme=projector`);
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(await size('figcaption')).toBeGreaterThanOrEqual(20);
		const strokes = await page
			.locator('svg path[stroke-width]')
			.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).strokeWidth)));
		// Every line is drawn at least 3.5 px wide, thicker than the 2.5 px default.
		for (const width of strokes) expect(width).toBeGreaterThanOrEqual(3.5);
		await openEveryDisclosure(page);
		// The theme changes colours and sizes only: the contrast rules are the ones it can break (the
		// other rules run on every page in axe.test.ts).
		expect(await violations(page, CONTRAST_RULES)).toEqual([]);
	});
}
