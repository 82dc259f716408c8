import { expect, test } from '@playwright/test';
import { newestAsOf } from '../../src/lib/export/paramsAsOf';
import { open } from './hydrated';

test('a scenario page cites the scenario as text and BibTeX, copied by its buttons', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// The copy buttons work once the page is hydrated; a click before that is lost.
	await open(page, '/w/leverage?v=1&delegated=40M');
	await page.getByText('Cite this scenario').click();
	const text = page.getByRole('textbox', { name: 'Reference (APA style)' });
	const bibtex = page.getByRole('textbox', { name: 'BibTeX' });
	const url = /http:\/\/127\.0\.0\.1:\d+\/w\/leverage\?v=1&delegated=40M/;
	const asOf = newestAsOf();
	const [year, month, day] = asOf.split('-').map(Number);
	const long = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-US', {
		dateStyle: 'long',
		timeZone: 'UTC'
	});
	await expect(text).toHaveValue(
		new RegExp(
			`^Liquid or Locked\\. \\(n\\.d\\.\\)\\. Leverage against delegated stake: .*40M× leverage`
		)
	);
	await expect(text).toHaveValue(new RegExp(`parameters as of ${long}\\]\\. Retrieved `));
	await expect(text).toHaveValue(url);
	await expect(bibtex).toHaveValue(/^@misc\{liquidorlocked-leverage-\d{4}-\d{2}-\d{2},/);
	await expect(bibtex).toHaveValue(
		new RegExp(`note = \\{Parameters as of ${asOf}; accessed \\d{4}`)
	);

	await page.getByRole('button', { name: 'Copy BibTeX' }).click();
	await expect(page.getByText('BibTeX copied')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await bibtex.inputValue());
	await page.getByRole('button', { name: 'Copy Reference (APA style)' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());
});
