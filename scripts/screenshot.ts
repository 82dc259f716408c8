// Saves full-page screenshots of site pages at phone and desktop widths, for looking at them.
// Usage: npx tsx scripts/screenshot.ts http://127.0.0.1:3000 /articles/leverage [/ ...]
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
for (const path of paths.length ? paths : ['/']) {
	for (const width of [375, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(base + path, { waitUntil: 'networkidle' });
		const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_') || 'index'}-${width}.png`;
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
		const widgets = page.locator('[data-widget]');
		for (let i = 0; i < (await widgets.count()); i++) {
			const name = await widgets.nth(i).getAttribute('data-widget');
			const widgetFile = file.replace('.png', `-${name}-${i}.png`);
			await widgets.nth(i).screenshot({ path: widgetFile });
			console.log(widgetFile);
		}
		await page.close();
	}
}
await browser.close();
