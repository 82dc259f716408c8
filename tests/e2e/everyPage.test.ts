import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { widgets } from '../../src/lib/widgets';
import { waitForHydration } from './hydrated';
import { watchViolations } from './policyViolations';
import { overflowOnceSettled } from './sidewaysScroll';

/**
 * Every page of the site, each loaded once: served under the security policy with its headers,
 * hydrated with no policy violation and no script error, and never scrolling sideways at any width
 * from a 320 px phone up. (collisions.test.ts checks that the home page lists every widget.)
 */
const articles = readdirSync('content')
	.filter((f) => f.endsWith('.svx'))
	.map((f) => `/articles/${f.replace(/\.svx$/, '')}`);
const slugs = Object.keys(widgets);
const paths = [
	'/',
	...articles,
	...slugs.flatMap((s) => [`/w/${s}`, `/embed/${s}`]),
	// Scenarios with the widest numbers in their fields and captions.
	'/w/leverage?v=1&delegated=40M&own=0.01',
	'/w/leverage?v=1&own=0&pledge=0'
];
// One width in each of the layouts the site's breakpoints (34, 40, 52 and 62 rem: 544, 640, 832 and
// 992 px) make, the phone's at its narrowest. The common phones' 375 px is swept on every widget
// page by the collision sweep, and 360 px on the case article by its own test.
const WIDTHS = [320, 600, 768, 900, 1280];

test('every page runs under the security policy and never scrolls sideways, from 320 px up', async ({
	page
}) => {
	// Some thirty pages at five widths: more than the default minute on a loaded machine.
	test.setTimeout(180_000);
	// The operators game then stays at the end the server drew (or plays straight to it), not round
	// by round for seconds after the page is checked.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	expect(articles.length).toBeGreaterThanOrEqual(5);
	expect(slugs.length).toBeGreaterThanOrEqual(5);
	const problems = await watchViolations(page);
	const overflow: string[] = [];
	for (const path of paths) {
		await page.setViewportSize({ width: 1280, height: 900 });
		const response = await page.goto(path);
		const headers = response?.headers() ?? {};
		const policy = headers['content-security-policy'] ?? '';
		expect(policy, path).toMatch(/script-src 'self' 'sha256-/);
		expect(policy, path).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
		expect(policy, path).toContain(
			path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'"
		);
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		// Hydrated: every module the page needs has loaded and run under the policy.
		await waitForHydration(page);
		expect(problems, path).toEqual([]);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			const by = await page.evaluate(overflowOnceSettled);
			if (by > 0) overflow.push(`${path} at ${width} px scrolls by ${by} px`);
		}
	}
	expect(overflow).toEqual([]);
});
