import { expect, test } from '@playwright/test';
import { lightAndDarkViolations } from './accessibility';
import { open } from './hydrated';

test('the operators game plays in a worker: a new k replays the rounds to a new equilibrium', async ({
	page
}) => {
	test.setTimeout(120_000);
	// The served page already shows the equilibrium; typing before hydration would be lost.
	await open(page, '/w/operators');
	const widget = page.locator('[data-widget="operators"]');
	const caption = widget.locator('figcaption');
	// The worker plays the game again, a round at a time, and the caption follows it to the end.
	await expect(caption).toContainText(/^Round \d+, still playing \(k = 100, a0 = 0.3\)/);
	await expect(caption).toContainText('(k = 100, a0 = 0.3): 100 pools run by', { timeout: 30_000 });
	await expect(caption).toContainText(/^Equilibrium: nobody has moved since round \d+/, {
		timeout: 60_000
	});

	// The chart names its own lines: operators (and pools) holding half the stake, saturation.
	await expect(widget.locator('[data-label="half"]')).toHaveText(
		/^\d+ operators hold half \(\d+ pools\)$/
	);
	await expect(widget.locator('[data-label="saturation"]')).toHaveText(
		'saturation: 1/100 of all stake'
	);

	// The new game is played straight to its end: round by round it adds seconds and shows nothing
	// the first game did not.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const k = widget.getByRole('textbox', { name: /k, target number of pools, exact value/ });
	await k.fill('40');
	await k.press('Enter');
	await expect(page).toHaveURL(/k=40/);
	await expect(caption).toContainText(
		/^(Round \d+, still playing|Equilibrium: nobody has moved since round \d+) \(k = 40, a0 = 0.3\)/,
		{
			timeout: 30_000
		}
	);
	await expect(caption).toContainText(
		/^Equilibrium: nobody has moved since round \d+ \(k = 40, a0 = 0.3\): 4[0-3] pools/,
		{
			timeout: 60_000
		}
	);
	await widget.getByText('Show data').click();
	await expect(widget.locator('table tbody tr').first()).toBeVisible();
});

test('the page wakes up on the game the server drew: no placeholder, and with motion reduced no replay', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, '/w/operators');
	const widget = page.locator('[data-widget="operators"]');
	// Read once, at hydration: before the served frame reached the browser, the chart gave way to
	// "playing in your browser" and Replay stayed off until the worker had played the game again.
	expect(await widget.locator('.pending').count()).toBe(0);
	expect(await widget.getByRole('button', { name: 'Replay the rounds' }).isEnabled()).toBe(true);
	await expect(widget.locator('figcaption')).toContainText(
		/^Equilibrium: nobody has moved since round \d+ \(k = 100, a0 = 0.3\)/
	);
});

test('a game that does not settle says so in the caption', async ({ page }) => {
	const served = await (await page.request.get('/w/operators?v=1&a0=0.001')).text();
	expect(served).toContain('Round 80, still playing (k = 100, a0 = 0.001)');
	// With motion reduced the worker plays the 400 rounds without resting between them; the rounds
	// shown one by one are the first test's.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/w/operators?v=1&a0=0.001');
	const caption = page.locator('[data-widget="operators"] figcaption');
	await expect(caption).toContainText(
		/^Not converged: stakeholders were still moving after 400 rounds \(k = 100, a0 = 0.001\)/,
		{ timeout: 120_000 }
	);
});

// The article holds the whole widget, its controls and share links: /w/operators adds only the
// scenario page's frame, which axe checks on /w/leverage.
for (const path of ['/articles/operators']) {
	test(`axe finds no violations on ${path} once the game has played, light and dark`, async ({
		page
	}) => {
		// The end of the game is what is checked: with motion reduced the page keeps the end the server
		// drew (this game settles within the server's round budget), and Replay is on once it has
		// hydrated (before, the button changes state under axe).
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await open(page, path);
		await expect(page.locator('[data-widget="operators"] figcaption')).toContainText(
			/^Equilibrium/
		);
		await expect(page.getByRole('button', { name: 'Replay the rounds' })).toBeEnabled();
		expect(await lightAndDarkViolations(page)).toEqual([]);
	});
}
