import { expect, test } from '@playwright/test';
import { violations } from './accessibility';
import { glossary, glossaryTerm } from '../../src/lib/glossary/terms';
import { open } from './hydrated';

test('the glossary defines each term, links its section and source, and is reached from the footer', async ({
	page
}) => {
	await page.goto('/articles/rewards');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
	await expect(page).toHaveURL(/\/glossary$/);
	await expect(page.locator('dt')).toHaveCount(glossary.length);
	const saturation = page.locator('#saturation');
	await expect(saturation.locator('dt')).toHaveText('Saturation point');
	await saturation.getByRole('link', { name: 'Read more' }).click();
	await expect(page).toHaveURL(/\/articles\/rewards#saturation$/);
	await expect(page.locator('#saturation')).toBeInViewport();
});

test('axe finds no violations on /glossary', async ({ page }) => {
	await page.goto('/glossary');
	expect(await violations(page)).toEqual([]);
});

test('an article’s first use of a term links to the glossary and shows the definition on focus, hover and tap', async ({
	page,
	browser
}) => {
	await open(page, '/articles/rewards');
	const pledge = glossaryTerm('pledge');
	const link = page.locator('a[href$="glossary#pledge"]');
	await expect(link).toHaveCount(1);
	const tip = page.locator('#glossary-tip-pledge');
	await expect(link).toHaveAttribute('aria-describedby', 'glossary-tip-pledge');
	await expect(tip).toHaveRole('tooltip');
	await expect(tip).toBeHidden();

	// Keyboard: focus shows it, without moving the text after it; Escape hides it.
	const paragraph = link.locator('xpath=ancestor::p[1]');
	const next = paragraph.locator('xpath=following-sibling::*[1]');
	const top = () => next.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
	const before = await top();
	await link.focus();
	await expect(tip).toBeVisible();
	await expect(tip).toContainText(pledge.definition);
	expect(await top()).toBe(before);
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	await expect(link).toBeFocused();

	// Pointer: hovering shows it.
	await page.locator('h1').hover();
	await link.hover();
	await expect(tip).toBeVisible();

	// Touch: the first tap shows the definition, the second follows the link.
	const context = await browser.newContext({
		hasTouch: true,
		isMobile: true,
		viewport: { width: 375, height: 740 }
	});
	const phone = await context.newPage();
	await open(phone, '/articles/rewards');
	const tapLink = phone.locator('a[href$="glossary#pledge"]');
	await tapLink.scrollIntoViewIfNeeded();
	await tapLink.tap();
	const phoneTip = phone.locator('#glossary-tip-pledge');
	await expect(phoneTip).toBeVisible();
	await expect(phone).toHaveURL(/\/articles\/rewards$/);
	// The definition stays inside the screen.
	const box = await phoneTip.boundingBox();
	expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
	await tapLink.tap();
	await expect(phone).toHaveURL(/\/glossary#pledge$/);
	await context.close();
});

test('without scripts the first use of a term is a plain link to the glossary', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/articles/punishment');
	const link = page.locator('a[href$="glossary#slashing"]');
	await expect(link).toHaveCount(1);
	await link.focus();
	await expect(page.locator('#glossary-tip-slashing')).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(/\/glossary#slashing$/);
	await context.close();
});
