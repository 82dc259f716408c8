import { expect, test } from '@playwright/test';
import { open } from './hydrated';

// 10 ETH at T = 34M ETH, r = 347 · 82,181.25 / 10^9 = 2.8516894 %: no solo validator; Rocket Pool
// 2 validators · r · (4 + 0.05 · 28) = 0.308 ETH (3.08 %); CSM 6 validators (2.4 + 5 · 1.3 = 8.9 ETH)
// with the whole 10 ETH as bond and 58.34 % of the module fee, r · (6 · 1.92 · 0.5834 + 9) =
// 15.7208r = 0.448 ETH (4.48 %); an identified staker 7 validators (1.5 + 6 · 1.3 = 9.3 ETH), the
// whole fee, r · (7 · 1.92 + 9) = 22.44r = 0.64 ETH (6.4 %), the most.
test('a keyboard reader types 10 ETH and the chart, the caption and the table agree', async ({
	page
}) => {
	await open(page, '/articles/calculator');
	const widget = page.locator('[data-widget="calculator"]');
	const caption = widget.locator('figcaption');
	await expect(caption).toContainText('Lido CSM operator 1.556 ETH (4.86 %)');

	const field = widget.getByRole('textbox', { name: 'I have, exact value in ETH' });
	await field.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('10');
	await page.keyboard.press('Enter');
	await expect(caption).toContainText('With 10 ETH');

	await expect(caption).toContainText('Lido CSM operator 0.448 ETH (4.48 %)');
	await expect(caption).toContainText('Rocket Pool node 0.308 ETH (3.08 %)');
	await expect(widget.locator('.spec-chart .label', { hasText: 'Lido CSM operator' })).toHaveText(
		'Lido CSM operator · 4.48 %'
	);
	await expect(widget.locator('[data-label="csm-amount"]')).toHaveText('0.448 ETH a year');
	const row = widget.locator('table.compare tr[data-way="csm"]');
	await expect(row.locator('th')).toContainText('10 ETH: 6 validators');
	const ics = widget.locator('table.compare tr[data-way="csm-ics"]');
	await expect(ics.locator('td').first()).toContainText('0.64 ETH (6.4 %), the most');
	const solo = widget.locator('table.compare tr[data-way="solo"]');
	await expect(solo.locator('th')).toContainText('needs 32 ETH');
	await expect(page.getByText(/pays the most on what you put in/)).toContainText('6.4 %');

	await widget.getByText('Show data').click();
	const data = widget.locator('details tr[data-way="rocket-pool"] td');
	await expect(data.nth(2)).toHaveText('0.308 ETH');
	await expect(data.nth(3)).toHaveText('3.08 %');
});

test('every row links to the article section that explains it', async ({ page }) => {
	await open(page, '/articles/calculator');
	const links = page.locator('[data-widget="calculator"] table.compare a');
	await expect(links).toHaveCount(14);
	// Each target is read as served (a section heading is in the page before any script runs).
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
		const [path, anchor] = (href ?? '').split('#');
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(200);
		const headings = (await response.text()).match(new RegExp(`<h2[^>]* id="${anchor}"`, 'g'));
		expect(headings, href ?? '').toHaveLength(1);
	}
});
