import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './hydrated';

for (const path of [
	'/',
	'/articles/leverage',
	'/w/leverage',
	'/embed/leverage',
	'/articles/rewards',
	'/articles/punishment',
	'/articles/migration',
	'/w/migration',
	'/articles/calculator'
]) {
	test(`axe finds no violations on ${path}, light and dark`, async ({ page }) => {
		test.setTimeout(60_000);
		await page.emulateMedia({ colorScheme: 'light' });
		await open(page, path);
		const details = page.locator('details');
		for (let i = 0; i < (await details.count()); i++)
			await details.nth(i).locator('summary').click();
		const violations = async (axe: AxeBuilder) =>
			(await axe.analyze()).violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
			);
		expect(await violations(new AxeBuilder({ page }))).toEqual([]);
		// The dark scheme changes colours only: the contrast rules are the ones it can break.
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(
			await violations(new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']))
		).toEqual([]);
	});
}
