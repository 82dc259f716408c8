import { describe, expect, it } from 'vitest';
import { linkQuery, queryWhile } from './linkQuery';

const url = new URL('https://example.org/w/leverage?v=1&delegated=40M');

describe('linkQuery', () => {
	it('is the link’s query when a page is served', () => {
		expect(linkQuery(url).get('delegated')).toBe('40M');
		expect(queryWhile(url, false).get('delegated')).toBe('40M');
	});

	it('is empty while prerendering, which has no query', () => {
		expect([...queryWhile(url, true).keys()]).toEqual([]);
	});
});
