import { expect, test, type Page } from '@playwright/test';
import { widgets } from '../../src/lib/widgets';
import { open } from './hydrated';
import { overflowOnceSettled } from './sidewaysScroll';

/**
 * Every widget's chart text, in its default scenario and at the corners of its sliders, at four
 * widths: no two texts overlap, none leaves the widget, nothing scrolls sideways. Scenarios are
 * reached by keyboard on one page load (Home and End on each slider), so the whole run stays short.
 * The dark scheme changes colours only; the sweep checks that once per widget (the same boxes in
 * light and dark) and measures in light.
 */
const WIDTHS = [320, 375, 768, 1280];

interface TextBox {
	text: string;
	group: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

interface ChartTexts {
	boxes: TextBox[];
	widget: DOMRect;
	overflow: number;
	/** The element reaching furthest past the right edge, when the page scrolls sideways. */
	widest: string;
}

/**
 * The widget's text once it has stopped moving: after a resize, labels are measured and placed
 * again over a few frames, so the boxes are read every two frames, from two frames after the call,
 * until two readings in a row agree, all in the page (one call, not one per frame). A chart still
 * moving after 60 readings is measured as it is then.
 */
async function settledChartTexts(): Promise<ChartTexts> {
	/** Boxes of every visible text in the widget's figure, clipped by the boxes that clip them. */
	function chartTexts(): ChartTexts {
		const widget = document.querySelector('[data-widget]')!;
		const figure = widget.querySelector('figure')!;
		const groups = new Map<Element, number>();
		const boxes: TextBox[] = [];
		const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim() ?? '';
			let el = node.parentElement!;
			if (!text || el.closest('figcaption, .visually-hidden, select, details')) continue;
			if (getComputedStyle(el).visibility === 'hidden') continue;
			// A text's group is its nearest block: the parts of one label never collide with each other.
			while (getComputedStyle(el).display === 'inline' && el.parentElement) el = el.parentElement;
			if (!groups.has(el)) groups.set(el, groups.size);
			let clip = new DOMRect(-1e6, -1e6, 2e6, 2e6);
			for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
				if (getComputedStyle(a).overflowX !== 'visible') {
					const r = a.getBoundingClientRect();
					const x = Math.max(clip.x, r.x);
					const y = Math.max(clip.y, r.y);
					clip = new DOMRect(
						x,
						y,
						Math.min(clip.right, r.right) - x,
						Math.min(clip.bottom, r.bottom) - y
					);
				}
			}
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of range.getClientRects()) {
				const x = Math.max(r.x, clip.x);
				const y = Math.max(r.y, clip.y);
				const width = Math.min(r.right, clip.right) - x;
				const height = Math.min(r.bottom, clip.bottom) - y;
				if (width >= 1 && height >= 1)
					boxes.push({ text, group: groups.get(el)!, x, y, width, height });
			}
		}
		const root = document.documentElement;
		const overflow = root.scrollWidth - root.clientWidth;
		let widest = '';
		if (overflow > 0) {
			let right = root.clientWidth;
			for (const el of document.body.querySelectorAll('*')) {
				const r = el.getBoundingClientRect();
				if (r.right <= right) continue;
				right = r.right;
				const name = el.getAttribute('class') || el.getAttribute('data-label') || '';
				widest = `<${el.tagName.toLowerCase()} ${name}> ${Math.round(r.left)}…${Math.round(r.right)} px`;
			}
		}
		return { boxes, widget: widget.getBoundingClientRect(), overflow, widest };
	}

	const twoFrames = () =>
		new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	let last = '';
	let texts: ChartTexts;
	for (let reading = 0; reading < 60; reading++) {
		await twoFrames();
		texts = chartTexts();
		const now = JSON.stringify(texts);
		if (now === last) break;
		last = now;
	}
	return texts!;
}

/** The widget's text once the page has stopped scrolling sideways (see sidewaysScroll.ts). */
async function settledTexts(page: Page): Promise<ChartTexts> {
	await page.evaluate(overflowOnceSettled);
	return page.evaluate(settledChartTexts);
}

/** Overlapping pairs, texts outside the widget and sideways scroll, in words. */
async function problems(page: Page, where: string): Promise<string[]> {
	const { boxes, widget, overflow, widest } = await settledTexts(page);
	const found: string[] = [];
	if (overflow > 0) found.push(`${where}: page scrolls sideways by ${overflow} px (${widest})`);
	const TOLERANCE = 1.5;
	for (const b of boxes) {
		if (
			b.x < widget.x - TOLERANCE ||
			b.y < widget.y - TOLERANCE ||
			b.x + b.width > widget.x + widget.width + TOLERANCE ||
			b.y + b.height > widget.y + widget.height + TOLERANCE
		)
			found.push(`${where}: "${b.text}" outside the widget`);
	}
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const [a, b] = [boxes[i], boxes[j]];
			if (a.group === b.group) continue;
			const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
			const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
			if (w > TOLERANCE && h > TOLERANCE) found.push(`${where}: "${a.text}" overlaps "${b.text}"`);
		}
	return found;
}

const settle = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

async function everySize(page: Page, where: string): Promise<string[]> {
	const found: string[] = [];
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: 900 });
		found.push(...(await problems(page, `${where} at ${width} px`)));
	}
	return found;
}

/** The text boxes of the widget in the light and in the dark scheme, where they differ. */
async function schemeDifferences(page: Page, where: string): Promise<string[]> {
	const boxesIn = async (colorScheme: 'light' | 'dark') => {
		await page.emulateMedia({ colorScheme });
		return (await settledTexts(page)).boxes;
	};
	const light = await boxesIn('light');
	const dark = await boxesIn('dark');
	await page.emulateMedia({ colorScheme: 'light' });
	return JSON.stringify(light) === JSON.stringify(dark)
		? []
		: [`${where}: text is laid out differently in the dark scheme`];
}

/** Waits until the widget shows the scenario in its URL (the migration run may take a moment). */
async function shown(page: Page) {
	await expect(page.locator('[data-widget] .pending, [data-widget] .stale')).toHaveCount(0, {
		timeout: 20_000
	});
	await settle(page);
}

async function widgetSlugs(page: Page): Promise<string[]> {
	await page.goto('/');
	const paths = await page
		.locator('ul.widgets a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return paths.map((p) => p.replace('/w/', ''));
}

test('every widget is listed on the home page, so each is swept below', async ({ page }) => {
	expect((await widgetSlugs(page)).sort()).toEqual(Object.keys(widgets).sort());
});

for (const slug of Object.keys(widgets)) {
	test(`${slug}: chart text never collides, leaves its widget or scrolls the page, in any scenario corner or size`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		// Games and runs show their end state at once, so each scenario is measured as it stays.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const found: string[] = [];
		await page.setViewportSize({ width: 1280, height: 900 });
		await open(page, `/w/${slug}`);
		await shown(page);
		found.push(...(await schemeDifferences(page, `${slug} defaults`)));
		found.push(...(await everySize(page, `${slug} defaults`)));
		const sliders = page.locator('[data-widget] input[type="range"]');
		const count = await sliders.count();
		// The corners: every slider at its minimum, at its maximum, and the two alternations.
		const corners: [string, (i: number) => 'Home' | 'End'][] = [
			['all minimum', () => 'Home'],
			['all maximum', () => 'End'],
			['odd sliders at maximum', (i) => (i % 2 ? 'End' : 'Home')],
			['even sliders at maximum', (i) => (i % 2 ? 'Home' : 'End')]
		];
		for (const [name, key] of corners) {
			await page.setViewportSize({ width: 1280, height: 900 });
			for (let i = 0; i < count; i++) {
				await sliders.nth(i).focus();
				await page.keyboard.press(key(i));
			}
			await shown(page);
			const values = await page
				.locator('[data-widget] input:not([type="range"])')
				.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).join(', '));
			found.push(...(await everySize(page, `${slug} ${name} (${values})`)));
		}
		expect(found).toEqual([]);
	});
}
