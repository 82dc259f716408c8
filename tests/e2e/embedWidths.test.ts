import { expect, test } from '@playwright/test';

const widgets = ['leverage', 'rewards', 'punishment', 'calculator', 'migration'];
const widths = [280, 320, 375, 768, 1024, 1280, 1600];

/** Boxes of each control, of its parts, and how much of each select's chosen text is cut. */
function measureControls() {
	const box = (e: Element) => {
		const r = e.getBoundingClientRect();
		return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
	};
	const canvas = document.createElement('canvas').getContext('2d')!;
	const controls = [...document.querySelectorAll('.slider, .choice')].map((control) => ({
		name: control.querySelector('label')?.textContent?.trim() ?? '',
		box: box(control),
		parts: [...control.querySelectorAll('input, select')].map(box),
		selectCut: [...control.querySelectorAll('select')].map((select) => {
			const style = getComputedStyle(select);
			canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const text = select.selectedOptions[0]?.textContent ?? '';
			const room = select.clientWidth - parseFloat(style.paddingLeft) - 20; // 20 px: the arrow
			return Math.max(0, canvas.measureText(text).width - room);
		})
	}));
	return {
		controls,
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	};
}

const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
	a.left < b.right - 0.5 &&
	b.left < a.right - 0.5 &&
	a.top < b.bottom - 0.5 &&
	b.top < a.bottom - 0.5;

for (const slug of widgets) {
	test(`/embed/${slug} lays out from 280 to 1600 px: nothing overlaps, nothing past the edge`, async ({
		page
	}) => {
		// One load, then the window is resized, as a host page's column or a turned phone does.
		await page.setViewportSize({ width: widths[0], height: 900 });
		await page.goto(`/embed/${slug}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			const m = await page.evaluate(measureControls);
			expect(m.scrollWidth, `${slug} at ${width}px scrolls sideways`).toBeLessThanOrEqual(
				m.clientWidth
			);
			expect(m.controls.length).toBeGreaterThan(0);
			for (const [i, control] of m.controls.entries()) {
				for (const part of control.parts) {
					expect(
						part.right,
						`${control.name} at ${width}px: a field leaves its control`
					).toBeLessThanOrEqual(control.box.right + 0.5);
					expect(part.right, `${control.name} at ${width}px: past the window`).toBeLessThanOrEqual(
						width
					);
				}
				for (const other of m.controls.slice(i + 1))
					expect(
						overlaps(control.box, other.box),
						`${control.name} overlaps ${other.name} at ${width}px`
					).toBe(false);
				// On a phone a long option may be cut (the open list shows it whole); from 768 px it fits.
				if (width >= 768)
					for (const cut of control.selectCut)
						expect(cut, `${control.name} at ${width}px cuts its text`).toBe(0);
			}
		}
	});
}

test('the embed shows its title unless the host page asks for title=0', async ({ page }) => {
	await page.goto('/embed/leverage?v=1&delegated=40M');
	const title = page.getByRole('heading', { level: 1, name: 'Leverage against delegated stake' });
	await expect(title).toBeVisible();
	await page.goto('/embed/leverage?v=1&delegated=40M&title=0');
	await expect(title).toBeAttached();
	await expect(title).not.toBeInViewport();
	await expect(page.locator('[data-widget="leverage"] figcaption')).toContainText('40M ETH');
	await expect(page.getByRole('status')).toHaveCount(0);
});
