import { describe, expect, it } from 'vitest';
import { PoolCountMemo } from './poolCountMemo';

describe('PoolCountMemo', () => {
	it('holds the values found in one search and forgets them all when the next begins', () => {
		const memo = new PoolCountMemo(5);
		memo.clear();
		expect([1, 2, 3, 4, 5].map((t) => memo.has(t))).toEqual([false, false, false, false, false]);
		memo.values[memo.mark(3)] = 0.25;
		memo.values[memo.mark(5)] = -1;
		expect([1, 2, 3, 4, 5].map((t) => memo.has(t))).toEqual([false, false, true, false, true]);
		expect(memo.values[3]).toBe(0.25);
		memo.clear();
		expect(memo.has(3) || memo.has(5)).toBe(false);
	});
});
