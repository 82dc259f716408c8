import { expect, test } from '@playwright/test';
import { open } from './hydrated';

test('every chart page and embed listed on the index fits a 360 px phone without sideways scroll', async ({
	page
}) => {
	await open(page, '/');
	const chartPages = await page
		.locator('ul.widgets a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(chartPages.length).toBeGreaterThanOrEqual(5);
	await page.setViewportSize({ width: 360, height: 800 });
	for (const path of chartPages.flatMap((p) => [p, p.replace('/w/', '/embed/')])) {
		await open(page, path);
		await expect(page.locator('[data-widget]')).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBe(0);
	}
});
