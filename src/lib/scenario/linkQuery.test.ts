import { describe, expect, it, vi } from 'vitest';
import { linkQuery } from './linkQuery';

const env = vi.hoisted(() => ({ building: false }));
vi.mock('$app/environment', () => ({
	get building() {
		return env.building;
	}
}));

const url = new URL('https://example.org/w/leverage?v=1&delegated=40M');

describe('linkQuery', () => {
	it('is the link’s query when a page is served', () => {
		env.building = false;
		expect(linkQuery(url).get('delegated')).toBe('40M');
	});

	it('is empty while prerendering, which has no query', () => {
		env.building = true;
		expect([...linkQuery(url).keys()]).toEqual([]);
		env.building = false;
	});
});
