// Prints one line, "N passed, M failed", summing the unit (vitest) and browser (Playwright) suites
// from their JSON reports. A suite that did not run adds nothing and is named on stderr.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;

const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
} else console.error('no unit test report (reports/unit.json)');

const e2e = read('reports/e2e.json');
if (e2e) {
	passed += e2e.stats.expected + e2e.stats.flaky;
	failed += e2e.stats.unexpected;
} else console.error('no browser test report (reports/e2e.json)');

console.log(`${passed} passed, ${failed} failed`);
