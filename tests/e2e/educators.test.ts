import { expect, test } from '@playwright/test';
import { openEveryDisclosure, violations } from './accessibility';
import { formatSI } from '../../src/lib/format/si';
import { widgets } from '../../src/lib/widgets';
import { open } from './hydrated';

test('the educators page has a section per widget with settings from the schema, scenarios that open, and embed code', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'For educators' }).click();
	await expect(page).toHaveURL(/\/educators$/);
	for (const [slug, widget] of Object.entries(widgets)) {
		const section = page.locator(`section#${slug}`);
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(widget.title);
		await expect(section.locator('.scenarios > li')).toHaveCount(3);
		await expect(section.locator('tbody tr')).toHaveCount(Object.keys(widget.schema.fields).length);
		await expect(section.locator('textarea').first()).toHaveValue(
			// A named scenario's own address, or a scenario's query, with the controls locked.
			new RegExp(
				`^<iframe src="http://[^"]+/embed/${slug}(/[a-z0-9-]+\\?|\\?v=1[^"]*&amp;)controls=none"`
			)
		);
	}
	const delegated = page.locator('section#leverage tbody tr', { hasText: 'Delegated stake' });
	const field = widgets.leverage.schema.fields.delegated;
	await expect(delegated).toContainText(`${formatSI(field.min)} to ${formatSI(field.max)}`);

	const scenario = page.locator('section#rewards .scenarios > li').nth(1);
	const caption = (await scenario.locator('.caption').textContent())?.replace(
		'The chart says: ',
		''
	);
	await scenario.locator('a.scenario').click();
	await expect(page).toHaveURL(/\/w\/rewards\/twice-as-many-pools$/);
	await expect(page.locator('figcaption')).toHaveText(caption ?? '');
});

test('a scenario’s embed code on the educators page is copied by its button', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/educators');
	const scenario = page.locator('section#punishment .scenarios > li').nth(2);
	await scenario.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(scenario.getByText('Embed code copied')).toBeVisible();
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toBe(await scenario.getByRole('textbox', { name: 'Embed code' }).inputValue());
	expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/punishment/);
});

test('axe finds no violations on /educators with every answer open', async ({ page }) => {
	await page.goto('/educators');
	await openEveryDisclosure(page);
	expect(await violations(page)).toEqual([]);
});
