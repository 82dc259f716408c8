import { expect, it } from 'vitest';
import { cacheablePageKey } from './pageCache';

const key = (path: string) =>
	cacheablePageKey(new URL(`http://localhost${path}`))?.replace('http://localhost', '');

it('caches the home page, articles, and scenario and embed pages at a canonical query', () => {
	expect(key('/')).toBe('/');
	expect(key('/articles/leverage')).toBe('/articles/leverage');
	expect(key('/w/leverage')).toBe('/w/leverage');
	expect(key('/w/leverage?v=1')).toBe('/w/leverage?v=1');
	expect(key('/w/leverage?v=1&delegated=40M')).toBe('/w/leverage?v=1&delegated=40M');
	expect(key('/embed/rewards?v=1')).toBe('/embed/rewards?v=1');
});

it('keeps pages reached at different origins apart', () => {
	expect(cacheablePageKey(new URL('https://a.example/w/leverage'))).not.toBe(
		cacheablePageKey(new URL('https://b.example/w/leverage'))
	);
});

it('does not cache a query that is not canonical, a frameId, an unknown widget or other routes', () => {
	expect(key('/w/leverage?delegated=40M&v=1')).toBeUndefined();
	expect(key('/w/leverage?v=1&delegated=40000000')).toBeUndefined();
	expect(key('/w/leverage?v=1&own=abc')).toBeUndefined();
	expect(key('/w/leverage?v=1&x=1')).toBeUndefined();
	expect(key('/embed/leverage?v=1&frameId=a')).toBeUndefined();
	expect(key('/w/nothing?v=1')).toBeUndefined();
	expect(key('/?utm=1')).toBeUndefined();
	expect(key('/articles/leverage?x')).toBeUndefined();
	expect(key('/og/leverage.png?v=1')).toBeUndefined();
	expect(key('/oembed')).toBeUndefined();
});
