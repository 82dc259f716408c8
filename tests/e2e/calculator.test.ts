import { expect, test } from '@playwright/test';

// 10 ETH at T = 34M ETH, r = 347 · 82,181.25 / 10^9 = 2.8516894 %: no solo validator; Rocket Pool
// 2 validators · r · (4 + 0.05 · 28) = 0.308 ETH (3.08 %); CSM 6 validators (2.4 + 5 · 1.3 = 8.9 ETH)
// with the whole 10 ETH as bond, r · (6 · 32 · 0.06 + 10 · 0.9) = 20.52r = 0.585 ETH (5.85 %).
test('a keyboard reader types 10 ETH and the chart, the caption and the table agree', async ({
	page
}) => {
	await page.goto('/articles/calculator');
	const widget = page.locator('[data-widget="calculator"]');
	const caption = widget.locator('figcaption');
	await expect(caption).toContainText('Lido CSM operator 2.081 ETH (6.5 %)');

	const field = widget.getByRole('textbox', { name: 'I have, exact value in ETH' });
	await expect(async () => {
		await field.focus();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('10');
		await page.keyboard.press('Enter');
		await expect(caption).toContainText('With 10 ETH', { timeout: 500 });
	}).toPass();

	await expect(caption).toContainText('Lido CSM operator 0.585 ETH (5.85 %)');
	await expect(caption).toContainText('Rocket Pool node 0.308 ETH (3.08 %)');
	await expect(widget.locator('.spec-chart .label', { hasText: 'Lido CSM operator' })).toHaveText(
		'Lido CSM operator · 5.85 %'
	);
	await expect(widget.locator('[data-label="csm-amount"]')).toHaveText('0.585 ETH a year');
	const row = widget.locator('table.compare tr[data-way="csm"]');
	await expect(row.locator('td').first()).toContainText('0.585 ETH (5.85 %), the most');
	await expect(row.locator('th')).toContainText('10 ETH: 6 validators');
	const solo = widget.locator('table.compare tr[data-way="solo"]');
	await expect(solo.locator('th')).toContainText('needs 32 ETH');
	await expect(page.getByText(/pays the most on what you put in/)).toContainText('5.85 %');

	await widget.getByText('Show data').click();
	const data = widget.locator('details tr[data-way="rocket-pool"] td');
	await expect(data.nth(2)).toHaveText('0.308 ETH');
	await expect(data.nth(3)).toHaveText('3.08 %');
});

test('every row links to the article section that explains it', async ({ page }) => {
	await page.goto('/articles/calculator');
	const links = page.locator('[data-widget="calculator"] table.compare a');
	await expect(links).toHaveCount(12);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
		const [path, anchor] = (href ?? '').split('#');
		await page.goto(path);
		await expect(page.locator(`h2[id="${anchor}"]`)).toHaveCount(1);
	}
});

for (const path of ['/articles/calculator', '/w/calculator']) {
	test(`${path} has no horizontal scroll at 375 px`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});
}
