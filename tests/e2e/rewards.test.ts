import { expect, test } from '@playwright/test';
import { open } from './hydrated';

test('a keyboard reader raises k and the chart, caption and table agree on the new saturation', async ({
	page
}) => {
	await open(page, '/articles/rewards');
	const widget = page.locator('[data-widget="rewards"]');
	const caption = widget.locator('figcaption');
	await expect(caption).toContainText('saturation at 75.1M ada');
	const yieldPath = widget.locator('svg path').nth(4);
	const before = await yieldPath.getAttribute('d');

	const slider = widget.getByRole('slider', { name: /k, target number of pools/ });
	await slider.focus();
	await page.keyboard.press('PageUp');

	// k = 500 + 195 = 695: saturation = 37,566,305,694 (epoch 538) / 695 = 54.1M ada.
	await expect(widget.getByRole('textbox', { name: /k, target number of pools/ })).toHaveValue(
		'695'
	);
	await expect(caption).toContainText('saturation at 54.1M ada');
	await expect(widget.getByText('saturation, 54.1M ada').first()).toBeAttached();
	await expect(yieldPath).not.toHaveAttribute('d', before ?? '');

	const stated = /its delegators get ([\d.]+ %) a year/.exec((await caption.textContent()) ?? '');
	expect(stated).not.toBeNull();
	await widget.getByText('Show data').click();
	const row = widget.locator('tr.current');
	await expect(row.locator('th')).toContainText('54.1M (1×, saturation)');
	await expect(row.locator('td').nth(2)).toHaveText(stated?.[1] ?? '');
	await expect(page.getByText(/Right now the pool pays its delegators/)).toContainText(
		`${stated?.[1]} a year at saturation`
	);
});

test('a second pool pledging the whole saturation point pays its delegators more', async ({
	page
}) => {
	await open(page, '/articles/rewards');
	const widget = page.locator('[data-widget="rewards"]');
	const field = widget.getByRole('textbox', { name: /Second pool: pledge, exact value/ });
	const caption = widget.locator('figcaption');
	await field.fill('75M');
	await field.press('Enter');
	await expect(caption).toContainText('pledging 75M ada');
	// R/1.3 · (z0 + 0.3 · 75M / total) − 170 ada, · 0.975 / saturation · 73.05: 3.38 % against 2.6 %.
	await expect(caption).toContainText('pays 3.38 % at saturation');
});
