import { expect, test } from '@playwright/test';
import { lightAndDarkViolations } from './accessibility';
import { open } from './hydrated';

// Each page type and each widget once: a widget's article holds the widget with its controls, and
// /w/leverage (and /w/operators, in operators.test.ts) the scenario page around one.
for (const path of [
	'/',
	'/articles/leverage',
	'/w/leverage',
	'/embed/leverage',
	'/articles/rewards',
	'/articles/punishment',
	'/articles/migration',
	'/articles/calculator'
]) {
	test(`axe finds no violations on ${path}, light and dark`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await open(page, path);
		expect(await lightAndDarkViolations(page)).toEqual([]);
	});
}
