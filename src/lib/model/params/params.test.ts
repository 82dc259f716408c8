import { describe, expect, it } from 'vitest';
import * as params from './index';
import type { Param } from './param';

const isParam = (x: unknown): x is Param =>
	typeof x === 'object' && x !== null && 'value' in x && 'source' in x && 'asOf' in x;

const all = Object.entries(params).flatMap(([group, members]) =>
	Object.entries(members as Record<string, unknown>)
		.filter(([, value]) => isParam(value))
		.map(([name, value]) => [`${group}.${name}`, value as Param] as const)
);

describe('params', () => {
	it('params index exposes the Cardano, Ethereum, pool and chain parameters', () => {
		expect(all.length).toBeGreaterThan(40);
	});
	it.each(all)(
		'%s has a finite value, a label, an https source and an ISO as-of date',
		(_, param) => {
			expect(Number.isFinite(param.value)).toBe(true);
			expect(param.label.length).toBeGreaterThan(0);
			expect(param.source).toMatch(/^https:\/\/\S+$/);
			expect(param.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	);
});
