import { expect, type FrameLocator, type Page } from '@playwright/test';

/** The root layout sets `data-hydrated` on <html> once the page's event handlers are attached. */
const hydratedRoot = 'html[data-hydrated]';

/** Waits until the page (or a frame in it) is hydrated, so that a click or key press is not lost. */
export async function waitForHydration(target: Page | FrameLocator): Promise<void> {
	// A large article on a loaded two-core machine can take more than the default 5 s to hydrate.
	await expect(target.locator(hydratedRoot)).toBeAttached({ timeout: 15_000 });
}

/** Opens a path and waits for hydration: after it, each action is done once and takes effect. */
export async function open(page: Page, path: string) {
	const response = await page.goto(path);
	await waitForHydration(page);
	return response;
}
