import { expect, test } from '@playwright/test';
import { open } from './hydrated';
import { watchViolations } from './policyViolations';

// Every page's headers and hydration under the policy: everyPage.test.ts.

test('the migration worker runs under the policy: a mainnet-size run is computed and shown', async ({
	page
}) => {
	const problems = await watchViolations(page);
	await page.goto('/w/migration?v=1&preset=mainnet&k=480&epoch=3');
	const caption = page.locator('[data-widget="migration"] figcaption');
	await expect(caption).toContainText('After 3 epochs (k = 480)', { timeout: 30_000 });
	expect(problems).toEqual([]);
});

test('a chart answers its slider under the policy (scripts hydrated)', async ({ page }) => {
	const problems = await watchViolations(page);
	await open(page, '/w/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const before = await widget.locator('figcaption').textContent();
	await widget.getByRole('slider').first().press('End');
	await expect(widget.locator('figcaption')).not.toHaveText(before ?? '');
	expect(problems).toEqual([]);
});
