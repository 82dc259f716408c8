import { describe, expect, it } from 'vitest';
import { renderCache } from './renderCache';

const bytes = (n: number) => new Uint8Array(n);

describe('renderCache', () => {
	it('renders a key once and answers later requests from memory', async () => {
		const cache = renderCache<Uint8Array>(1000, (v) => v.byteLength);
		let renders = 0;
		const render = async () => (renders++, bytes(10));
		const first = await cache.get('a', render);
		const second = await cache.get('a', render);
		expect(second).toBe(first);
		expect(renders).toBe(1);
		expect(cache.stats).toMatchObject({ hits: 1, renders: 1 });
	});

	it('lets concurrent requests for one key share one render', async () => {
		const cache = renderCache<Uint8Array>(1000, (v) => v.byteLength);
		let renders = 0;
		const render = () =>
			new Promise<Uint8Array>((r) => setTimeout(() => r(bytes(renders++ + 1)), 5));
		const results = await Promise.all(Array.from({ length: 20 }, () => cache.get('a', render)));
		expect(renders).toBe(1);
		expect(new Set(results).size).toBe(1);
	});

	it('keeps its bytes under the bound, dropping the least recently used first', async () => {
		const cache = renderCache<Uint8Array>(250, (v) => v.byteLength);
		for (const key of ['a', 'b']) await cache.get(key, async () => bytes(100));
		await cache.get('a', async () => bytes(100)); // a is now the most recent
		await cache.get('c', async () => bytes(100));
		expect(cache.stats.bytes()).toBeLessThanOrEqual(250);
		expect(cache.stats.entries()).toBe(2);
		let rendered = false;
		await cache.get('a', async () => ((rendered = true), bytes(100)));
		expect(rendered).toBe(false);
		await cache.get('b', async () => ((rendered = true), bytes(100)));
		expect(rendered).toBe(true);
	});

	it('does not keep a failed render or a value larger than the whole cache', async () => {
		const cache = renderCache<Uint8Array>(50, (v) => v.byteLength);
		await expect(cache.get('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await cache.get('x', async () => bytes(1))).toHaveLength(1);
		await cache.get('big', async () => bytes(100));
		expect(cache.stats.entries()).toBe(1);
	});
});
