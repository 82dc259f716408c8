// Prints the height each widget's embed page needs at a 720 px wide iframe, with default settings,
// to keep the registry's `embedHeight` values honest.
// Usage: npx tsx scripts/measure-embeds.ts http://127.0.0.1:3000 leverage rewards …
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:3000', ...widgets] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage({ viewport: { width: 720, height: 600 } });
for (const slug of widgets) {
	await page.goto(`${base}/embed/${slug}`, { waitUntil: 'networkidle' });
	const height = await page.evaluate(() =>
		Math.ceil(document.documentElement.getBoundingClientRect().height)
	);
	console.log(`${slug}: ${height}px`);
}
await browser.close();
