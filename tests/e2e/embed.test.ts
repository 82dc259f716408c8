import { expect, test } from '@playwright/test';
import { open, waitForHydration } from './hydrated';

test('a teacher pastes the embed code into a page of another site and the widget fits itself', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/w/leverage?v=1&delegated=40M');
	await page.getByText('Embed this scenario').click();
	await page.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(page.getByText('Embed code copied')).toBeVisible();
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toBe(await page.getByRole('textbox', { name: 'Embed code' }).inputValue());
	expect(code).toMatch(
		/^<iframe src="http:\/\/[^"]+\/embed\/leverage\?v=1&amp;delegated=40M" title="[^"]+40M× leverage/
	);
	expect(code).toContain('/embed.js" async></script>');

	// A host page on another origin, as a course page or blog would be: localhost, not 127.0.0.1.
	// Chromium lets a page load from a loopback server only with the local-network permission.
	const lesson = `${baseURL?.replace('127.0.0.1', 'localhost')}/lesson`;
	const host = await browser.newContext({ viewport: { width: 800, height: 900 } });
	await host.grantPermissions(['local-network-access']);
	const hostPage = await host.newPage();
	await hostPage.route(lesson, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><title>Lesson</title><h1>Lesson</h1>${code}<p id="after">After the widget</p></html>`
		})
	);
	await hostPage.goto(lesson);
	const iframe = hostPage.locator('iframe');
	const frame = hostPage.frameLocator('iframe');
	await waitForHydration(frame);
	await expect(frame.locator('[data-widget="leverage"] figcaption')).toContainText(
		'40M ETH delegated'
	);

	const frameHeight = () =>
		frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
	const iframeFollows = async () =>
		(await iframe.getAttribute('height')) === String(await frameHeight());
	await expect.poll(iframeFollows).toBe(true);
	const contentHeight = await frameHeight();
	expect(contentHeight).not.toBe(757);

	// Opening the data table makes the widget taller, and the iframe follows.
	await frame.getByText('Show data').click();
	await expect.poll(frameHeight).toBeGreaterThan(contentHeight);
	await expect.poll(iframeFollows).toBe(true);
	await host.close();
});
