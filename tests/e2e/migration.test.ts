import { expect, test } from '@playwright/test';
import { open } from './hydrated';

test('a reader steps, plays and pauses the whale run, and the caption follows the epoch', async ({
	page
}) => {
	await open(page, '/articles/migration');
	const widget = page.locator('[data-widget="migration"]');
	const caption = widget.locator('figcaption');
	const epoch = widget.getByRole('textbox', { name: /Epoch, exact value/ });
	await expect(caption).toContainText('At the start (k = 8)');

	await widget.getByRole('button', { name: 'Step' }).click();
	await expect(caption).toContainText('After 1 epoch (k = 8)');
	await expect(epoch).toHaveValue('1');

	await widget.getByRole('button', { name: 'Play' }).click();
	await expect(caption).toContainText(/After ([3-9]|\d\d+) epochs/);
	await widget.getByRole('button', { name: 'Pause' }).click();
	await expect(widget.getByRole('button', { name: 'Play' })).toBeVisible();
	const paused = Number(await epoch.inputValue());
	await widget.getByRole('button', { name: 'Step' }).click();
	await expect(epoch).toHaveValue(String(paused + 1));
	await expect(caption).toContainText(`After ${paused + 1} epochs`);

	await widget.getByRole('button', { name: 'Reset' }).click();
	await expect(caption).toContainText('At the start (k = 8)');
	await widget.getByText('Show data').click();
	await expect(widget.locator('tr.current th')).toHaveText('0');
});

test('a mainnet-size run goes to a worker, marks the largest pool at its true size and finishes', async ({
	page
}) => {
	await page.goto('/w/migration?v=1&preset=mainnet&k=500&epoch=2');
	const widget = page.locator('[data-widget="migration"]');
	const caption = widget.locator('figcaption');
	await expect(caption).toContainText('After 2 epochs (k = 500), ', { timeout: 30_000 });
	await expect(caption).toContainText('of 3,000 pools are over saturation');
	await expect(widget.getByText(/largest pool alone: /)).toBeVisible();
});

test('stepping on the scenario page writes the epoch into the link', async ({ page }) => {
	await open(page, '/w/migration');
	const widget = page.locator('[data-widget="migration"]');
	await widget.getByRole('button', { name: 'Step' }).click();
	await expect(page).toHaveURL(/epoch=1/);
	const url = page.url();
	const caption = await widget.locator('figcaption').textContent();
	await page.goto(url);
	await expect(widget.locator('figcaption')).toHaveText(caption ?? '');
});
