import { describe, expect, it } from 'vitest';
import { PoolCountMemo } from './poolCountMemo';

describe('PoolCountMemo', () => {
	it('holds the values found in one search and forgets them all when the next begins', () => {
		const memo = new PoolCountMemo(5);
		memo.clear();
		expect([1, 2, 3, 4, 5].map((t) => memo.get(t))).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined
		]);
		expect(memo.set(3, 0.25)).toBe(0.25);
		memo.set(5, -1);
		expect([1, 2, 3, 4, 5].map((t) => memo.get(t))).toEqual([
			undefined,
			undefined,
			0.25,
			undefined,
			-1
		]);
		memo.clear();
		expect([memo.get(3), memo.get(5)]).toEqual([undefined, undefined]);
	});
});
