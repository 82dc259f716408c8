import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MOCKING } from '../../vite.config';

function testFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return testFiles(path);
		return entry.name.endsWith('.test.ts') && !entry.name.endsWith('.svelte.test.ts') ? [path] : [];
	});
}

it('runs every node test file that mocks a module in a module graph of its own', () => {
	const mocking = [...testFiles('src'), ...testFiles('tests/unit')].filter((file) =>
		/\bvi\.(do)?mock\(/.test(readFileSync(file, 'utf8'))
	);
	expect(mocking.sort()).toEqual([...MOCKING].sort());
});
