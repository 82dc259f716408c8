// Prints what each page costs a reader: JavaScript and CSS bytes as sent (compressed where the
// server compresses), and the time to the load event, in headless Chromium.
// Usage: npx tsx scripts/page-weight.ts http://127.0.0.1:3000 /articles/leverage /w/leverage …
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
for (const path of paths.length ? paths : ['/']) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes = { js: 0, css: 0 };
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : undefined;
		if (!kind) return;
		const sent = Number(response.headers()['content-length'] ?? (await response.body()).length);
		sizes[kind] += sent;
	});
	const started = Date.now();
	await page.goto(base + path, { waitUntil: 'load' });
	const loadMs = Date.now() - started;
	await page.waitForLoadState('networkidle');
	const kib = (n: number) => Math.round(n / 102.4) / 10;
	console.log(JSON.stringify({ path, jsKiB: kib(sizes.js), cssKiB: kib(sizes.css), loadMs }));
	await context.close();
}
await browser.close();
