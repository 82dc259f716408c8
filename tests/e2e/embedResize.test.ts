import { expect, test } from '@playwright/test';
import { waitForHydration } from './hydrated';

/**
 * A host page on another origin (localhost, not 127.0.0.1) with two widgets, fitting them with one
 * dialect's messages only: this site's /embed.js, WordPress's wp-embed.js protocol (`message:
 * 'height'` matched to the iframe by its `data-secret`) or Canvas LMS's `lti.frameResize`.
 */
function hostPage(baseURL: string, dialect: string): string {
	const frames = ['leverage', 'punishment']
		.map(
			(slug, i) =>
				`<iframe src="${baseURL}/embed/${slug}?v=1#?secret=Secret${i}abc" data-secret="Secret${i}abc" title="${slug}" width="100%" height="300" style="border:0"></iframe>`
		)
		.join('');
	const listener = `
		addEventListener('message', function (e) {
			var d = e.data, frame, height;
			var frames = Array.prototype.slice.call(document.querySelectorAll('iframe'));
			if ('${dialect}' === 'wordpress' && d && d.message === 'height' && /^[a-zA-Z0-9]+$/.test(d.secret)) {
				frame = document.querySelector('iframe[data-secret="' + d.secret + '"]');
				if (frame && frame.contentWindow !== e.source) frame = null;
				height = d.value;
			}
			if ('${dialect}' === 'canvas' && d && d.subject === 'lti.frameResize') {
				frame = frames.find(function (f) { return f.contentWindow === e.source; });
				height = d.height;
			}
			if (frame) frame.setAttribute('height', String(height));
		});`;
	const script =
		dialect === 'site'
			? `<script src="${baseURL}/embed.js" async></script>`
			: `<script>${listener}</script>`;
	return `<!doctype html><html lang="en"><title>Lesson</title><h1>Lesson</h1>${frames}${script}</html>`;
}

for (const dialect of ['site', 'wordpress', 'canvas']) {
	test(`two embeds on another origin both fit their content after a control change (${dialect})`, async ({
		browser,
		baseURL
	}) => {
		const lesson = `${baseURL?.replace('127.0.0.1', 'localhost')}/lesson-${dialect}`;
		const host = await browser.newContext({ viewport: { width: 800, height: 900 } });
		await host.grantPermissions(['local-network-access']);
		const page = await host.newPage();
		await page.route(lesson, (route) =>
			route.fulfill({ contentType: 'text/html', body: hostPage(baseURL ?? '', dialect) })
		);
		await page.goto(lesson);
		for (const [i, slug] of ['leverage', 'punishment'].entries()) {
			const iframe = page.locator('iframe').nth(i);
			const frame = page.frameLocator('iframe').nth(i);
			// Chromium pauses the rendering of a cross-origin frame out of view; a reader scrolls to it.
			await iframe.scrollIntoViewIfNeeded();
			await waitForHydration(frame);
			const html = frame.locator('html');
			await html.evaluate(async () => {
				await document.fonts.ready;
			});
			await expect(frame.locator(`[data-widget="${slug}"] figcaption`)).toBeVisible();
			const height = () => html.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
			/** The frame's height attribute once it fits its content, polled until it does. */
			const fitted = async () => {
				let fit = 0;
				await expect
					.poll(
						async () => {
							fit = await height();
							return (await iframe.getAttribute('height')) === String(fit);
						},
						{ message: 'the iframe is as tall as its content' }
					)
					.toBe(true);
				return fit;
			};
			const before = await fitted();

			// A value the field cannot use adds a line under it: the widget grows, the iframe follows.
			const field = frame.getByRole('textbox').first();
			await field.fill('lots');
			await field.press('Enter');
			await expect(frame.getByText(/“lots” is not a number/)).toBeVisible();
			await expect.poll(height).toBeGreaterThan(before);
			expect(await fitted()).toBeGreaterThan(before);
		}
		await host.close();
	});
}

/**
 * The host's script, added after the embed has drawn itself: this site's /embed.js, or what
 * WordPress's wp-embed.js does as it loads (listen for heights, then post `ready` to each embed).
 */
const lateScripts: Record<string, (baseURL: string) => { url?: string; content?: string }> = {
	site: (baseURL) => ({ url: `${baseURL}/embed.js` }),
	wordpress: () => ({
		content: `addEventListener('message', function (e) {
			var frame = document.querySelector('iframe[data-secret="' + e.data.secret + '"]');
			if (frame && frame.contentWindow === e.source && e.data.message === 'height')
				frame.setAttribute('height', String(e.data.value));
		});
		document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret: 'Late1abc' }, '*');`
	})
};

for (const dialect of Object.keys(lateScripts)) {
	test(`the host's script fits an embed that sent its height before the script loaded (${dialect})`, async ({
		browser,
		baseURL
	}) => {
		const lesson = `${baseURL?.replace('127.0.0.1', 'localhost')}/lesson-late-${dialect}`;
		// With motion reduced nothing resizes after the first layout, so a height sent before the
		// host's script listened is never sent again unless the script asks for it.
		const host = await browser.newContext({
			viewport: { width: 800, height: 900 },
			reducedMotion: 'reduce'
		});
		await host.grantPermissions(['local-network-access']);
		const page = await host.newPage();
		await page.route(lesson, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="en"><title>Lesson</title><h1>Lesson</h1><iframe class="wp-embedded-content" data-secret="Late1abc" src="${baseURL}/embed/leverage?v=1#?secret=Late1abc" title="leverage" width="100%" height="300" style="border:0"></iframe></html>`
			})
		);
		await page.goto(lesson);
		const iframe = page.locator('iframe');
		const frame = page.frameLocator('iframe');
		await waitForHydration(frame);
		const html = frame.locator('html');
		const height = () => html.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
		expect(await height()).toBeGreaterThan(300);
		expect(await iframe.getAttribute('height')).toBe('300');
		await page.addScriptTag(lateScripts[dialect](baseURL ?? ''));
		await expect
			.poll(async () => (await iframe.getAttribute('height')) === String(await height()))
			.toBe(true);
		await host.close();
	});
}

test('oEmbed answers the site’s links under another loopback name, with the resizing script', async ({
	request,
	baseURL
}) => {
	const page = `${baseURL?.replace('127.0.0.1', 'localhost')}/w/leverage?v=1&delegated=40M`;
	const response = await request.get(`/oembed?url=${encodeURIComponent(page)}&maxheight=200`);
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.html).toMatch(
		new RegExp(
			`^<iframe src="${baseURL}/embed/leverage\\?v=1&amp;delegated=40M"[^>]+ allow="fullscreen"></iframe>\\n<script src="${baseURL}/embed.js" async></script>$`
		)
	);
	expect(body.html).not.toContain('allowfullscreen');
	expect([body.thumbnail_width, body.thumbnail_height]).toEqual([360, 189]);
	expect(body.height).toBe(200);
});
