import { expect, test } from '@playwright/test';

test('Back steps through the scenarios a reader settled on, not through every slider position', async ({
	page
}) => {
	await page.goto('/w/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const caption = widget.locator('figcaption');
	const start = await caption.textContent();
	const historyLength = () => page.evaluate(() => history.length);
	const before = await historyLength();

	const delegated = widget.getByRole('textbox', { name: /Delegated stake, exact value/ });
	await expect(async () => {
		await delegated.fill('40M');
		await delegated.press('Enter');
		await expect(caption).toContainText('40M ETH delegated', { timeout: 500 });
	}).toPass();
	await expect(page).toHaveURL(/\?v=1&delegated=40M$/);
	expect(await historyLength()).toBe(before + 1);

	// One drag across the slider is one change, however many values it passes through.
	const own = widget.getByRole('slider', { name: /own stake/ });
	// Mouse events off the viewport reach nothing: bring the slider on screen before dragging it.
	await own.scrollIntoViewIfNeeded();
	const box = (await own.boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width * 0.3, y);
	await page.mouse.down();
	for (let i = 1; i <= 10; i++) {
		await page.mouse.move(box.x + box.width * (0.3 + i * 0.04), y);
		await page.waitForTimeout(40);
	}
	await page.mouse.up();
	await expect(page).toHaveURL(/&own=/);
	const dragged = page.url();
	const draggedCaption = await caption.textContent();
	expect(await historyLength()).toBe(before + 2);

	await page.goBack();
	await expect(page).toHaveURL(/\?v=1&delegated=40M$/);
	await expect(caption).toContainText('40M ETH delegated');
	await expect(caption).not.toHaveText(draggedCaption ?? '');
	await expect(delegated).toHaveValue('40M');

	await page.goBack();
	await expect(page).toHaveURL(/\/w\/leverage$/);
	await expect(caption).toHaveText(start ?? '');

	await page.goForward();
	await page.goForward();
	await expect(page).toHaveURL(dragged);
	await expect(caption).toHaveText(draggedCaption ?? '');
});

test('keys pressed on a slider make one entry; after a pause the next change gets its own', async ({
	page
}) => {
	await page.goto('/w/punishment');
	const caption = page.locator('[data-widget="punishment"] figcaption');
	const before = await page.evaluate(() => history.length);
	const day = page.getByRole('slider', { name: /Evidence decidable/ });
	// Until the page is interactive, a key press does nothing.
	await expect(async () => {
		await day.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/day=/, { timeout: 500 });
	}).toPass();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/day=11$/);
	const first = page.url();
	const firstCaption = await caption.textContent();
	await page.waitForTimeout(1200);
	await page.keyboard.press('ArrowRight');
	await expect(page).not.toHaveURL(first);
	expect(await page.evaluate(() => history.length)).toBe(before + 2);
	await page.goBack();
	await expect(page).toHaveURL(first);
	await expect(caption).toHaveText(firstCaption ?? '');
	await page.goBack();
	await expect(page).toHaveURL(/\/w\/punishment$/);
});

test('Back past the first scenario leaves the page for the one the reader came from', async ({
	page
}) => {
	await page.goto('/');
	await page.goto('/w/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const field = widget.getByRole('textbox', { name: /Delegated stake, exact value/ });
	await expect(async () => {
		await field.fill('40M');
		await field.press('Enter');
		await expect(page).toHaveURL(/delegated=40M/, { timeout: 500 });
	}).toPass();
	await page.goBack();
	await expect(page).toHaveURL(/\/w\/leverage$/);
	await expect(field).toHaveValue('9');
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('liquid, or be locked');
});
