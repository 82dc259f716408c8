import { describe, expect, it } from 'vitest';
import { calculatorFigures } from './calculatorFigures';

const f = calculatorFigures();
// r = 0.02851689375 at 34M ETH.
describe('calculatorFigures', () => {
	it('10 ETH: no solo validator, 2 megapool validators, 6 CSM validators', () => {
		expect(f.small.solo.setup).toBe('needs 32 ETH');
		expect(f.small.rocketPool.setup).toBe('2 validators (4 ETH bonds, no RPL), 2 ETH left over');
		expect(f.small.csm.setup).toBe('6 validators (paid 58.3 % of the module fee)');
	});

	it('1000 ETH: solo 31 validators earn 28.29 ETH; a permissionless CSM operator with 768 validators earns r · (768 · 1.92 · 0.5834 + 900)', () => {
		const r = 0.02851689375;
		expect(f.many.solo.yearly).toBeCloseTo(31 * 32 * r, 9);
		// 2.4 + 768 · 1.3 = 1000.8 > 1000, so 768 validators: 2.4 + 767 · 1.3 = 999.5.
		expect(f.many.csm.yearly).toBeCloseTo(r * (768 * 32 * 0.06 * 0.5834 + 1000 * 0.9), 9);
		expect(f.exitDays).toBeCloseTo(261 / 225, 12);
	});
});
