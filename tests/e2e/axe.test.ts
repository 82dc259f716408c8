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
	for (const scheme of ['light', 'dark'] as const) {
		test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await open(page, path);
			const details = page.locator('details');
			for (let i = 0; i < (await details.count()); i++)
				await details.nth(i).locator('summary').click();
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
		});
	}
}
