import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The rules a change of colours alone can break. */
export const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'];

type AxeWindow = Window & { axe?: typeof axe };

/**
 * What axe finds on the page as it is, by every rule or by `rules` only, one line per violation.
 * Only violations are gathered: collecting the passes too takes about a quarter of axe's time on a
 * long page. axe-core is put into the page once per document and run there: @axe-core/playwright
 * sent its 580 kB source to the page twice on every audit, and the 17 tests that audit took 58 and
 * 55 core-seconds that way against 44 and 43 this way. That package's other steps are for frames,
 * which no page of the site has.
 */
export async function violations(page: Page, rules?: string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(async (rules) => {
		const results = await (window as AxeWindow).axe!.run(document, {
			resultTypes: ['violations'],
			...(rules ? { runOnly: { type: 'rule', values: rules } } : {})
		});
		return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
	}, rules);
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
