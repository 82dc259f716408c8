// Prints one line, "N passed, M failed", summing the unit (vitest), browser and static-build
// (Playwright) suites from their JSON reports. A suite that did not run adds nothing and is named on stderr.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;

const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
} else console.error('no unit test report (reports/unit.json)');

for (const [file, name] of [
	['reports/e2e.json', 'browser'],
	['reports/static.json', 'static-build']
]) {
	const report = read(file);
	if (report) {
		passed += report.stats.expected + report.stats.flaky;
		failed += report.stats.unexpected;
	} else console.error(`no ${name} test report (${file})`);
}

console.log(`${passed} passed, ${failed} failed`);
