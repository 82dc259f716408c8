import { expect, test as base, type Page } from '@playwright/test';
import { open } from './hydrated';

/**
 * Each test here gets a browser context of its own, not the one reused between tests
 * (playwright.config.ts): browsing history outlives a test there, and Chromium keeps at most 50
 * entries, which these tests count; and page.clock adds its scripts to the context, where a later
 * test's page can run one after the clock itself is gone and throw "Cannot read properties of
 * undefined (reading 'controller')" (seen in npm run test:e2e:repeat; with one worker, these tests
 * before the policy and every-page tests: 1 failure in 12 tests, none since).
 */
const test = base.extend({
	page: async ({ browser, baseURL }, use) => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await use(page);
		await context.close();
	}
});

/**
 * Opens a widget page, waits for hydration, then stops the page's clock: a change ends (and the
 * next one starts a new history entry) only when the test lets time pass, so a slow machine
 * cannot split one change into two by pausing between key presses or mouse moves.
 */
async function openWithStoppedClock(page: Page, path: string) {
	await page.clock.install();
	await open(page, path);
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Longer than the URL's write delay (250 ms), shorter than the pause that ends a change (1 s). */
const URL_DELAY = 300;
/** Longer than the pause that ends a change. */
const SETTLE = 1100;

test('Back steps through the scenarios a reader settled on, not through every slider position', async ({
	page
}) => {
	await openWithStoppedClock(page, '/w/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const caption = widget.locator('figcaption');
	const start = await caption.textContent();
	const historyLength = () => page.evaluate(() => history.length);
	const before = await historyLength();

	const delegated = widget.getByRole('textbox', { name: /Delegated stake, exact value/ });
	await delegated.fill('40M');
	await delegated.press('Enter');
	await expect(caption).toContainText('40M ETH delegated');
	// A committed field ends its change at once: no time needs to pass.
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
	await page.mouse.move(box.x + box.width * 0.7, y, { steps: 10 });
	await page.mouse.up();
	// Letting go ends the change at once: no time needs to pass.
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
	await expect(page).toHaveURL(/\?v=1&delegated=40M$/);
	await page.goForward();
	await expect(page).toHaveURL(dragged);
	await expect(caption).toHaveText(draggedCaption ?? '');
});

test('keys pressed on a slider make one entry; after a pause the next change gets its own', async ({
	page
}) => {
	await openWithStoppedClock(page, '/w/punishment');
	const caption = page.locator('[data-widget="punishment"] figcaption');
	const before = await page.evaluate(() => history.length);
	const day = page.getByRole('slider', { name: /Evidence decidable/ });
	await day.focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await page.clock.runFor(URL_DELAY);
	await expect(page).toHaveURL(/day=11$/);
	const first = page.url();
	const firstCaption = await caption.textContent();
	expect(await page.evaluate(() => history.length)).toBe(before + 1);

	// Still within the change: the next key rewrites its entry.
	await page.keyboard.press('ArrowRight');
	await page.clock.runFor(URL_DELAY);
	await expect(page).toHaveURL(/day=12$/);
	expect(await page.evaluate(() => history.length)).toBe(before + 1);
	await page.keyboard.press('ArrowLeft');
	await page.clock.runFor(URL_DELAY);
	await expect(page).toHaveURL(first);

	// After a pause, the next key starts a new entry.
	await page.clock.runFor(SETTLE);
	await page.keyboard.press('ArrowRight');
	await page.clock.runFor(URL_DELAY);
	await expect(page).toHaveURL(/day=12$/);
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
	await open(page, '/');
	await open(page, '/w/leverage');
	const widget = page.locator('[data-widget="leverage"]');
	const field = widget.getByRole('textbox', { name: /Delegated stake, exact value/ });
	await field.fill('40M');
	await field.press('Enter');
	await expect(page).toHaveURL(/delegated=40M/);
	await page.goBack();
	await expect(page).toHaveURL(/\/w\/leverage$/);
	await expect(field).toHaveValue('9');
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('liquid, or be locked');
});
