import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const articles = readdirSync('content')
	.filter((f) => f.endsWith('.svx'))
	.map((f) => `/articles/${f.replace(/\.svx$/, '')}`);

test('the home page and every article carry a preview card made from a lead chart', async ({
	page,
	request
}) => {
	const images = new Set<string>();
	for (const path of ['/', ...articles]) {
		await page.goto(path);
		const meta = (key: string) =>
			page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
		const image = await meta('og:image');
		expect(image, path).toMatch(/^http:\/\/[^/]+\/og\/[a-z]+\.png\?v=\d+$/);
		expect(await meta('twitter:image'), path).toBe(image);
		expect(await meta('twitter:card'), path).toBe('summary_large_image');
		expect(await meta('og:image:alt'), path).toBeTruthy();
		images.add(image!);
	}
	// Each article with a chart of its own has its own image (the case for each side stands in with
	// the leverage chart); the images themselves are rendered by the unit tests.
	expect(images.size).toBe(articles.length - 1);
	const png = await request.get([...images][0]);
	expect(png.headers()['content-type']).toBe('image/png');
});
