import { describe, expect, it } from 'vitest';
import { paramCatalogue } from './catalogue';
import type { Param } from './param';

const all = paramCatalogue().map((e) => [e.key, e.param] as const);
const today = new Date().toISOString().slice(0, 10);

const isParam = (x: unknown): x is Param =>
	typeof x === 'object' && x !== null && 'value' in x && 'source' in x && 'asOf' in x;

/** Every module in this folder that exports a parameter, found without asking the index. */
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], {
	eager: true
});

describe('params', () => {
	it('params index exposes the Cardano, Ethereum, pool and chain parameters', () => {
		expect(all.length).toBeGreaterThan(60);
	});

	it('every parameter any params module exports is in the catalogue (so on /sources)', () => {
		const catalogued = new Set(paramCatalogue().map((e) => e.param));
		for (const [path, exports] of Object.entries(modules)) {
			for (const [name, value] of Object.entries(exports)) {
				const params = isParam(value)
					? [value]
					: typeof value === 'object' && value !== null && Object.values(value).every(isParam)
						? (Object.values(value) as Param[])
						: [];
				for (const param of params) expect(catalogued.has(param), `${path} ${name}`).toBe(true);
			}
		}
	});

	it.each(all)(
		'%s has a finite value, a label, a unit string, an https source and an ISO as-of date not in the future',
		(_, param) => {
			expect(Number.isFinite(param.value)).toBe(true);
			expect(param.label.length).toBeGreaterThan(0);
			expect(typeof param.unit).toBe('string');
			expect(param.source).toMatch(/^https:\/\/\S+$/);
			expect(param.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(Number.isNaN(Date.parse(param.asOf))).toBe(false);
			expect(param.asOf <= today).toBe(true);
		}
	);

	it('catalogue keys are unique', () => {
		const keys = paramCatalogue().map((e) => e.key);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
