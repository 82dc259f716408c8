import { expect, test } from '@playwright/test';

test('a reader steps, plays and pauses the whale run, and the caption follows the epoch', async ({
	page
}) => {
	await page.goto('/articles/migration');
	const widget = page.locator('[data-widget="migration"]');
	const caption = widget.locator('figcaption');
	const epoch = widget.getByRole('textbox', { name: /Epoch, exact value/ });
	await expect(caption).toContainText('At the start (k = 8)');
	await expect(caption).toContainText('the largest holds 2.65× the saturation point');

	await expect(async () => {
		await widget.getByRole('button', { name: 'Step' }).click();
		await expect(caption).toContainText('After 1 epoch (k = 8)', { timeout: 1000 });
	}).toPass();
	await expect(epoch).toHaveValue('1');

	await widget.getByRole('button', { name: 'Play' }).click();
	await expect(caption).toContainText(/After ([4-9]|\d\d+) epochs/, { timeout: 10_000 });
	await widget.getByRole('button', { name: 'Pause' }).click();
	const paused = await epoch.inputValue();
	await page.waitForTimeout(1200);
	await expect(epoch).toHaveValue(paused);
	await expect(caption).toContainText(`After ${paused} epochs`);
	await expect(page.getByText(/At epoch \d+ the largest pool holds/)).toContainText(
		`At epoch ${paused}`
	);

	await widget.getByRole('button', { name: 'Reset' }).click();
	await expect(caption).toContainText('At the start (k = 8)');
	await widget.getByText('Show data').click();
	await expect(widget.locator('tr.current th')).toHaveText('0');
});

test('the mainnet-size run goes to a worker: progress shows and other controls answer at once', async ({
	page
}) => {
	await page.goto('/w/migration?v=1&preset=mainnet&k=500&epoch=60');
	const widget = page.locator('[data-widget="migration"]');
	const caption = widget.locator('figcaption');
	await expect(
		widget.getByRole('status').filter({ hasText: /Running: epoch \d+ of 60/ })
	).toBeVisible({ timeout: 15_000 });
	const speed = widget.getByRole('combobox', { name: 'Speed' });
	await speed.focus();
	const before = await speed.inputValue();
	const pressed = Date.now();
	await page.keyboard.press('ArrowDown');
	await expect(speed).not.toHaveValue(before, { timeout: 1000 });
	expect(Date.now() - pressed).toBeLessThan(1000);
	await expect(widget.getByRole('status').filter({ hasText: /Running/ })).toBeVisible();

	await expect(caption).toContainText('After 60 epochs (k = 500), ', { timeout: 60_000 });
	await expect(caption).toContainText('of 3,000 pools are over saturation');
});

test('stepping on the scenario page writes the epoch into the link', async ({ page }) => {
	await page.goto('/w/migration');
	const widget = page.locator('[data-widget="migration"]');
	await expect(async () => {
		await widget.getByRole('button', { name: 'Step' }).click();
		await expect(page).toHaveURL(/epoch=\d/, { timeout: 1000 });
	}).toPass();
	const url = page.url();
	const caption = await widget.locator('figcaption').textContent();
	await page.goto(url);
	await expect(widget.locator('figcaption')).toHaveText(caption ?? '');
});

test('the migration article has no horizontal scroll at 375 px', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const path of ['/articles/migration', '/w/migration']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBe(0);
	}
});
