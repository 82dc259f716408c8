import { describe, expect, it } from 'vitest';
import { scenarioFromUrl } from './scenarioFromUrl';

const read = (slug: string, query: string) => scenarioFromUrl(slug, new URLSearchParams(query));

describe('scenarioFromUrl', () => {
	it('a canonical link is canonical, embed presentation keys aside', () => {
		expect(read('calculator', 'v=1&haveEth=64')?.canonical).toBe(true);
		expect(read('calculator', 'v=1&haveEth=64&frameId=a&title=0')?.canonical).toBe(true);
		expect(read('leverage', 'v=1')?.canonical).toBe(true);
	});

	it('a link mangled by an entity decoder is reported, not read silently as the defaults', () => {
		const found = read('calculator', 'v=1ð=64');
		expect(found?.canonical).toBe(false);
		expect(found?.notices).toEqual(['v=1ð=64 is not a known version; using v=1']);
	});

	it('reordered, defaulted, legacy or empty queries are not canonical', () => {
		expect(read('leverage', 'pledge=250k&v=1&delegated=40M')?.canonical).toBe(false);
		expect(read('leverage', 'v=1&own=1')?.canonical).toBe(false);
		expect(read('calculator', 'v=1&eth=64')?.canonical).toBe(false);
		expect(read('leverage', '')?.canonical).toBe(false);
		expect(read('leverage', 'v=1&zzz=1')?.canonical).toBe(false);
	});

	it('answers undefined for a slug no widget has', () => {
		expect(read('nope', 'v=1')).toBeUndefined();
	});
});
