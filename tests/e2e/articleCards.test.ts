import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const articles = readdirSync('content')
	.filter((f) => f.endsWith('.svx'))
	.map((f) => `/articles/${f.replace(/\.svx$/, '')}`);

/** The `content` of each `<meta>` in the served HTML, by its `property` or `name`. */
function metaTags(html: string): Map<string, string> {
	const tags = new Map<string, string>();
	for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
		const attributes = new Map(
			[...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])
		);
		const key = attributes.get('property') ?? attributes.get('name');
		const content = attributes.get('content');
		if (key && content !== undefined) tags.set(key, content.replace(/&amp;/g, '&'));
	}
	return tags;
}

// Read from the served HTML, as a forum's or a chat's preview bot reads it: no script runs.
test('the home page and every article carry a preview card made from a lead chart', async ({
	request
}) => {
	const images = new Set<string>();
	for (const path of ['/', ...articles]) {
		const meta = metaTags(await (await request.get(path)).text());
		const image = meta.get('og:image');
		expect(image, path).toMatch(/^http:\/\/[^/]+\/og\/[a-z]+\.png\?v=\d+$/);
		expect(meta.get('twitter:image'), path).toBe(image);
		expect(meta.get('twitter:card'), path).toBe('summary_large_image');
		expect(meta.get('og:image:alt'), path).toBeTruthy();
		images.add(image!);
	}
	// Each article with a chart of its own has its own image (the case for each side stands in with
	// the leverage chart); the images themselves are rendered by the unit tests.
	expect(images.size).toBe(articles.length - 1);
	const png = await request.get([...images][0]);
	expect(png.headers()['content-type']).toBe('image/png');
});
