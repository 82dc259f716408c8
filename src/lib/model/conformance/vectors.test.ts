import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkVector } from './checkVector';
import { parseVectorFile } from './vector';

const dir = fileURLToPath(new URL('../../../../tests/vectors/', import.meta.url));
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('shipped vectors', () => {
	it('tests/vectors holds cardano.json (45 vectors) and ethereum.json (64 vectors)', () => {
		const count = (name: string) => parseVectorFile(readFileSync(dir + name, 'utf8')).length;
		expect(files.sort()).toEqual(['cardano.json', 'ethereum.json']);
		expect(count('cardano.json')).toBe(45);
		expect(count('ethereum.json')).toBe(64);
	});

	for (const name of files) {
		const vectors = parseVectorFile(readFileSync(dir + name, 'utf8'));
		describe(name, () => {
			it.each(vectors.map((v) => [v.id, v] as const))('%s matches every output', (_, vector) => {
				expect(checkVector(vector).failures).toEqual([]);
			});
		});
	}
});
