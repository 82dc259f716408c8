import { expect, test } from '@playwright/test';
import { open } from './hydrated';

test('a keyboard reader moves the evidence day past every window and every view agrees', async ({
	page
}) => {
	await open(page, '/articles/punishment');
	const widget = page.locator('[data-widget="punishment"]');
	const caption = widget.locator('figcaption');
	await expect(caption).toContainText(
		'punish stake on Ethereum (operator and delegators), Polkadot (operator and delegators).'
	);

	const slider = widget.getByRole('slider', { name: /Evidence decidable on day/ });
	// Day 7 + 6 page steps of 6 days = 43, past 28 days (Polkadot) and 18.5 days (Ethereum, 1M ETH
	// queued); the Cosmos and Tezos evidence windows (2 days with CometBFT's defaults and one
	// denunciation cycle) closed earlier.
	await slider.focus();
	await page.keyboard.press('PageUp');
	await expect(caption).toContainText('day 13');
	for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
	await expect(widget.getByRole('textbox', { name: /Evidence decidable on day/ })).toHaveValue(
		'43'
	);
	await expect(caption).toContainText('Evidence decidable on day 43 comes too late everywhere');
	await expect(widget.getByText('evidence, day 43')).toBeAttached();
	await expect(widget.locator('.spec-chart .label').first()).toHaveText(
		'Ethereum, operator · 18.5 days'
	);
	await expect(widget.locator('[data-label="ethereum-operator-state"]')).toHaveText('out of reach');
	await expect(page.getByText(/can still be punished on/)).toContainText('no design');

	await widget.getByText('Show data').click();
	const cosmos = widget.locator('tr', { has: page.locator('th', { hasText: 'Cosmos SDK' }) });
	await expect(cosmos.locator('td').first()).toHaveText('2 days: no');
});

test('a longer exit queue keeps Ethereum stake punishable, and the table follows', async ({
	page
}) => {
	await open(page, '/articles/punishment');
	const widget = page.locator('[data-widget="punishment"]');
	const field = widget.getByRole('textbox', { name: /Ethereum exit queue ahead, exact value/ });
	const caption = widget.locator('figcaption');
	// 5M ETH ahead: ceil(5,000,032 / 256) = 19532 → 5 + 19531 + 256 = 19792 epochs = 87.96 days.
	await field.fill('5M');
	await field.press('Enter');
	await expect(caption).toContainText('slashable for 88 days');
	await widget.getByText('Show data').click();
	const ethereum = widget.locator('tr', { has: page.locator('th', { hasText: 'Ethereum' }) });
	await expect(ethereum.locator('td').first()).toHaveText('88 days: yes');
});
