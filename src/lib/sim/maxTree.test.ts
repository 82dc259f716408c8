import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMaxTree, createMaxTree, firstAtLeast, setLeaf } from './maxTree';

const slotValues = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 40 });

describe('maxTree', () => {
	it('firstAtLeast(tree, from, min) finds the first slot ≥ from holding ≥ min, after any updates', () => {
		fc.assert(
			fc.property(
				slotValues,
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: -50, max: 50 })), { maxLength: 10 }),
				fc.nat(),
				fc.integer({ min: -50, max: 50 }),
				(values, updates, fromSeed, min) => {
					const tree = createMaxTree(values.length);
					values.forEach((v, i) => (tree.value[tree.leaves + i] = v));
					buildMaxTree(tree);
					const slots = [...values];
					for (const [at, v] of updates) {
						setLeaf(tree, at % slots.length, v);
						slots[at % slots.length] = v;
					}
					const from = fromSeed % (slots.length + 1);
					const expected = slots.findIndex((v, i) => i >= from && v >= min);
					expect(firstAtLeast(tree, from, min)).toBe(expected);
					expect(tree.value[1]).toBe(Math.max(...slots));
				}
			)
		);
	});
});
