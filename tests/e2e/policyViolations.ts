import type { Page } from '@playwright/test';

/** Every Content-Security-Policy violation and script error the page reports while open. */
export async function watchViolations(page: Page): Promise<string[]> {
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
