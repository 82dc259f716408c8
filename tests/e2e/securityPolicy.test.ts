import { expect, test, type Page } from '@playwright/test';
import { open, waitForHydration } from './hydrated';

/** Every Content-Security-Policy violation and script error the page reports while open. */
async function watchViolations(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(
				`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`
			)
		);
	});
	return problems;
}

async function pagesOfTheSite(page: Page): Promise<string[]> {
	await page.goto('/');
	const links = await page
		.locator('.articles a, ul.widgets a')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	const widgets = links.filter((p) => p.startsWith('/w/'));
	expect(links.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThanOrEqual(5);
	expect(widgets.length).toBeGreaterThanOrEqual(5);
	return [...new Set(['/', ...links, ...widgets.map((p) => p.replace('/w/', '/embed/'))])];
}

test('every page type runs under the security policy: no violation, no script error, its headers', async ({
	page
}) => {
	test.setTimeout(120_000);
	const paths = await pagesOfTheSite(page);
	const problems = await watchViolations(page);
	for (const path of paths) {
		const response = await page.goto(path);
		const policy = response?.headers()['content-security-policy'] ?? '';
		expect(policy, path).toMatch(/script-src 'self' 'sha256-/);
		expect(policy, path).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
		expect(policy, path).toContain(
			path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'"
		);
		expect(response?.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(response?.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		// Hydrated: every module the page needs has loaded and run under the policy.
		await waitForHydration(page);
		expect(problems, path).toEqual([]);
	}
});

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
