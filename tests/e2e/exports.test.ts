import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { formatStake } from '../../src/lib/format/number';
import { formatPercent } from '../../src/lib/widgets/Rewards/formatPercent';

/** The first table of a downloaded CSV as header and rows (no quoted commas in these numbers). */
function parseCsv(text: string) {
	const [header, ...rows] = text
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	return { header: header.split(','), rows: rows.map((r) => r.split(',')) };
}

test('the CSV of a non-default scenario downloads with the numbers the caption rounds', async ({
	page
}) => {
	await page.goto('/w/rewards?v=1&pledge=5M&margin=3');
	const widget = page.locator('[data-widget="rewards"]');
	const link = widget.getByRole('link', { name: /Download data/ });
	await expect(link).toHaveAttribute('href', /\/w\/rewards\.csv\?v=1&.*pledge=5M/);
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/^rewards_v-1_.*pledge-5M.*\.csv$/);
	const { header, rows } = parseCsv(await readFile((await download.path()) as string, 'utf8'));
	expect(header.slice(0, 3)).toEqual([
		'Pool stake (ada)',
		'Pool stake ÷ saturation point (×)',
		'Your pool: pool reward (ada a year)'
	]);
	const atSaturation = rows.find((r) => r[1] === '1');
	const atTriple = rows.find((r) => r[1] === '3');
	if (!atSaturation || !atTriple) throw new Error('no rows at 1× and 3× saturation');
	const [stake, , reward, , yieldPercent] = atSaturation.map(Number);
	// Unrounded: more digits than any label shows.
	expect(atSaturation[2]).toMatch(/\.\d{3,}/);
	const caption = widget.locator('figcaption');
	await expect(caption).toContainText('pledging 5M ada');
	await expect(caption).toContainText(
		`earns ${formatStake(reward)} ada a year once it reaches saturation at ${formatStake(stake)} ada`
	);
	await expect(caption).toContainText(`delegators get ${formatPercent(yieldPercent)} a year`);
	await expect(caption).toContainText(`so they get ${formatPercent(Number(atTriple[4]))}`);
});

test('a CSV link with a hostile value answers the nearest scenario', async ({ request }) => {
	const response = await request.get('/w/leverage.csv?v=1&own=%3DHYPERLINK(%22x%22)&delegated=-4');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(response.headers()['content-disposition']).toBe(
		'attachment; filename="leverage_v-1_delegated-0.csv"'
	);
	expect(await response.text()).not.toMatch(/(^|,)=/m);
});

test('the SVG of a non-default scenario downloads with the caption the page shows', async ({
	page,
	request
}) => {
	await page.goto('/w/rewards?v=1&pledge=5M&margin=3');
	const widget = page.locator('[data-widget="rewards"]');
	const link = widget.getByRole('link', { name: 'Download SVG' });
	await expect(link).toHaveAttribute('href', /\/w\/rewards\.svg\?v=1&.*pledge=5M/);
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/^rewards_v-1_.*pledge-5M.*\.svg$/);
	const svg = await readFile((await download.path()) as string, 'utf8');
	// One flat drawing: text as outlines, nothing a slide program would have to fetch.
	expect(svg).toMatch(/^<svg [^>]*width="1200"/);
	expect(svg).not.toMatch(/<text|<image|@font-face/);
	const [captionInFile, source, url] = (/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '')
		.replace(/&amp;/g, '&')
		.split('\n');
	const caption = (await widget.locator('figcaption').textContent()) ?? '';
	expect(caption).toContain('pledging 5M ada');
	expect(captionInFile).toBe(caption);
	// Every number of the caption is in the figure's caption.
	for (const n of caption.match(/\d[\d.,]*[kMB%×]?/g) ?? []) expect(captionInFile).toContain(n);
	expect(source).toMatch(/^Source: .*\/sources$/);
	expect(url).toMatch(/\/w\/rewards\?v=1&.*pledge=5M/);

	const png = widget.getByRole('link', { name: 'Download PNG' });
	const pngHref = (await png.getAttribute('href')) ?? '';
	expect(pngHref).toMatch(/\/w\/rewards\.png\?v=1&.*pledge=5M.*&scale=2$/);
	const response = await request.get(pngHref);
	expect(response.headers()['content-type']).toBe('image/png');
	const bytes = await response.body();
	const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
	expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 2 * height]);
});
