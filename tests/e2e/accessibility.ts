import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules a change of colours alone can break. */
export const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * What axe finds on the page as it is, by every rule or by `rules` only, one line per violation.
 * Only violations are gathered: collecting the passes too takes about a quarter of axe's time on a
 * long page. Axe runs in the page itself (legacy mode), not frame by frame with the results put
 * together in a new blank page: that other way exists for cross-origin frames, which no page of the
 * site has, and took half as much CPU again (9 audits of three pages: 69 s against 44 s).
 */
export async function violations(page: Page, rules?: string[]): Promise<string[]> {
	let axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
	if (rules) axe = axe.withRules(rules);
	return (await axe.analyze()).violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
	);
}

/** Opens every disclosure on the page, so that axe reads what is inside. */
export async function openEveryDisclosure(page: Page): Promise<void> {
	const details = page.locator('details');
	for (let i = 0; i < (await details.count()); i++) await details.nth(i).locator('summary').click();
}

/**
 * What axe finds on the page as it is, with every disclosure opened: every rule in the light
 * scheme, then in the dark scheme the contrast rules.
 */
export async function lightAndDarkViolations(page: Page): Promise<string[]> {
	await openEveryDisclosure(page);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await violations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await violations(page, CONTRAST_RULES);
	return [...light, ...dark.map((v) => `dark: ${v}`)];
}
