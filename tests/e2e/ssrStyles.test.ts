import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * The server-rendered page carries the styles of every component it renders, so a widget is styled
 * before (and without) its script. Checked with JavaScript off: each scoped class in the page
 * (`svelte-<hash>`) must be named by a rule of the page's own stylesheets.
 */
const articles = readdirSync('content')
	.filter((f) => f.endsWith('.svx'))
	.map((f) => `/articles/${f.replace(/\.svx$/, '')}`);

test.use({ javaScriptEnabled: false });

async function widgetSlugs(page: import('@playwright/test').Page): Promise<string[]> {
	await page.goto('/');
	const paths = await page
		.locator('ul.widgets a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return paths.map((p) => p.replace('/w/', ''));
}

/** Scoped classes on the page that no rule of its stylesheets names. */
function unstyledClasses(): string[] {
	const used = new Set<string>();
	for (const el of document.querySelectorAll('[class*="svelte-"]'))
		for (const name of el.classList) if (/^svelte-[a-z0-9]+$/.test(name)) used.add(name);
	let rules = '';
	for (const sheet of document.styleSheets)
		for (const rule of sheet.cssRules) rules += rule.cssText + '\n';
	return [...used].filter((name) => !rules.includes(`.${name}`));
}

test('every widget, embed and article page is styled by its server-rendered HTML alone', async ({
	page
}) => {
	test.setTimeout(120_000);
	const slugs = await widgetSlugs(page);
	expect(slugs.length).toBeGreaterThanOrEqual(6);
	const paths = [
		'/',
		...articles,
		...slugs.flatMap((s) => [`/w/${s}`, `/embed/${s}`]),
		'/w/migration?v=1&start=mainnet&changeEpoch=20&changeK=16&epoch=40'
	];
	const missing: string[] = [];
	for (const path of paths) {
		await page.goto(path);
		await page.waitForLoadState('load');
		// Something scoped is rendered on every one of these pages: a check over nothing proves nothing.
		expect(await page.locator('[class*="svelte-"]').count(), path).toBeGreaterThan(0);
		const unstyled = await page.evaluate(unstyledClasses);
		if (unstyled.length) missing.push(`${path}: ${unstyled.join(' ')}`);
	}
	expect(missing).toEqual([]);
});

test('the migration widget is laid out before any script runs', async ({ page }) => {
	for (const path of ['/w/migration', '/embed/migration', '/articles/migration']) {
		await page.goto(path);
		// The player's buttons sit in a row (Migration.Player's flex layout), not as bare inline text.
		const display = await page
			.locator('[data-widget] .player .buttons')
			.first()
			.evaluate((el) => getComputedStyle(el).display);
		expect(display, path).toBe('flex');
	}
});
