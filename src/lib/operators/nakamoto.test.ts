import { describe, expect, it } from 'vitest';
import { nakamotoCoefficient } from './nakamoto';

describe('nakamotoCoefficient', () => {
	it('counts the fewest holders with more than half', () => {
		expect(nakamotoCoefficient([2, 5, 3])).toBe(2); // 5 is exactly half: not more
		expect(nakamotoCoefficient([1, 6, 3])).toBe(1);
		expect(nakamotoCoefficient([1, 1, 1, 1])).toBe(3);
		expect(nakamotoCoefficient([])).toBe(0);
		expect(nakamotoCoefficient([0, 0])).toBe(0);
	});
});
