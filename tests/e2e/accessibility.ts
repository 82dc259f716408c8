import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const found = async (axe: AxeBuilder) =>
	(await axe.analyze()).violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
	);

/**
 * What axe finds on the page as it is, with every disclosure opened: every rule in the light
 * scheme, then in the dark scheme the contrast rules, the ones a change of colours alone can break.
 */
export async function lightAndDarkViolations(page: Page): Promise<string[]> {
	const details = page.locator('details');
	for (let i = 0; i < (await details.count()); i++) await details.nth(i).locator('summary').click();
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await found(new AxeBuilder({ page }));
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await found(
		new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block'])
	);
	return [...light, ...dark.map((v) => `dark: ${v}`)];
}
