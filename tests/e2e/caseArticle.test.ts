import { expect, test } from '@playwright/test';
import { lightAndDarkViolations } from './accessibility';

const path = '/articles/case-for-each-side';

test(`axe finds no violations on ${path}, light and dark`, async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(path);
	expect(await lightAndDarkViolations(page)).toEqual([]);
});

test('the case article and its at-a-glance table fit a 360 px phone without sideways scroll', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(path);
	await expect(page.locator('table.glance')).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});

test('the index lists the case article, and its 40-day queue link opens the punishment chart at that queue', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: /best case for each side/ }).click();
	await expect(page).toHaveURL(path);
	await page.getByRole('link', { name: 'the punishment chart at that queue' }).click();
	await expect(page).toHaveURL(/\/w\/punishment\?v=1&day=40&queueEth=2\.304M/);
	await expect(page.locator('[data-widget="punishment"]')).toBeVisible();
	await expect(page.locator('.notice')).toHaveCount(0);
});
