import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { glossary } from '../../src/lib/glossary/terms';

test('the glossary defines each term, links its section and source, and is reached from the footer', async ({
	page
}) => {
	await page.goto('/articles/rewards');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
	await expect(page).toHaveURL(/\/glossary$/);
	await expect(page.locator('dt')).toHaveCount(glossary.length);
	const saturation = page.locator('#saturation');
	await expect(saturation.locator('dt')).toHaveText('Saturation point');
	await saturation.getByRole('link', { name: 'Read more' }).click();
	await expect(page).toHaveURL(/\/articles\/rewards#saturation$/);
	await expect(page.locator('#saturation')).toBeInViewport();
});

test('axe finds no violations on /glossary', async ({ page }) => {
	await page.goto('/glossary');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});
